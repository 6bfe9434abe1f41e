// Statements over relationships grouped by type: the type is spliced from the model, so each id lookup
// uses that type's unique-id index instead of scanning every relationship.
import type { ManagedTransaction } from 'neo4j-driver';
import { MODEL } from '../../model/index.js';
import { ThreadlineError } from '../errors/threadline-error.js';
import { num } from '../read/shape.js';
import { fromStored, type StoredProperties, storedProjection } from './stored-properties.js';

const QUERIES = {
  find: (t: string) => `UNWIND $rows AS x
MATCH (:Entity {id: x.from})-[r:${t} {id: x.id}]->(:Entity {id: x.to})
RETURN r.id AS id, ${storedProjection('r')} AS stored`,
  delete: (t: string) => `UNWIND $rows AS x MATCH ()-[r:${t} {id: x.id}]->() DELETE r RETURN count(*) AS n`,
  create: (t: string) => `UNWIND $rows AS x
MATCH (a:Entity {id: x.from}) MATCH (b:Entity {id: x.to})
CREATE (a)-[r:${t}]->(b) SET r = x.props RETURN count(*) AS n`,
  update: (t: string) =>
    `UNWIND $rows AS x MATCH ()-[r:${t} {id: x.id}]->() SET r = x.props RETURN count(*) AS n`,
} as const;

/**
 * Runs one statement per relationship type (the type is a label in the pattern, so the id lookup uses
 * that type's unique index). `find` returns the stored links by id; the writes check that every row
 * found its link or ends, and fail the transaction with CONFLICT otherwise (the graph moved underneath).
 */
export async function runByType(
  tx: ManagedTransaction,
  op: keyof typeof QUERIES,
  items: readonly { type: string; row: Record<string, unknown> }[],
): Promise<Map<string, StoredProperties>> {
  const found = new Map<string, StoredProperties>();
  const byType = new Map<string, Record<string, unknown>[]>();
  for (const { type, row } of items) {
    const rows = byType.get(type);
    if (rows) rows.push(row);
    else byType.set(type, [row]);
  }
  for (const [type, rows] of byType) {
    const { records } = await tx.run(QUERIES[op](MODEL.relationship(type).name), { rows });
    if (op === 'find') {
      for (const r of records) found.set(r.get('id') as string, fromStored(r.get('stored'), r.get('id')));
    } else if (num(records[0]?.get('n') ?? 0) !== rows.length) {
      throw new ThreadlineError(
        'CONFLICT',
        `Could not ${op} every ${type} link: the graph changed; nothing was written`,
      );
    }
  }
  return found;
}

/**
 * A uniqueness constraint that fails inside a merge or unmerge means someone wrote the same link or
 * entity meanwhile (e.g. an upsert re-created a moved link): CONFLICT, and the transaction rolled back.
 */
export function asConflict(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ThreadlineError(
      'CONFLICT',
      'The graph changed meanwhile (a link or entity id is taken); nothing was written',
    );
  }
  return error;
}
