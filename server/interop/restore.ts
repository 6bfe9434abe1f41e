// Restores a Threadline JSON Lines backup into an EMPTY database: same labels, properties and ids.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { badInput, ThreadlineError } from '../errors/threadline-error.js';
import type { GraphDb } from '../runtime/graph-db.js';
import type { ExportNode, ExportRelationship } from './element-types.js';
import { JSONL_FORMAT, type JsonlCounts, type JsonlLine } from './jsonl-format.js';
import { KNOWN_LABELS, KNOWN_RELATIONSHIP_TYPES } from './known-labels.js';

const BATCH = 2_000;
const RESTORE_LABEL = 'ThreadlineRestoreRef';

// Backup refs are the source database's element ids; they live on a temporary label while relationships
// are re-linked, then go.
const CREATE_NODES = (labels: string) => `
UNWIND $rows AS row
CREATE (n:${RESTORE_LABEL}${labels})
SET n = row.properties, n.__ref = row.ref`;

const CREATE_RELS = (type: string) => `
UNWIND $rows AS row
MATCH (a:${RESTORE_LABEL} {__ref: row.from})
MATCH (b:${RESTORE_LABEL} {__ref: row.to})
CREATE (a)-[r:${type}]->(b)
SET r = row.properties
RETURN count(r) AS created`;

function checkLabels(labels: readonly string[], line: number): string {
  for (const label of labels) {
    if (!KNOWN_LABELS.has(label)) throw badInput(`line ${line}: unknown label "${label}"`);
  }
  return labels.map((l) => `:${l}`).join('');
}

export type RestoreProgress = (counts: JsonlCounts) => void;

export async function restoreJsonl(db: GraphDb, file: string, progress: RestoreProgress = () => {}) {
  const existing = await db.read('MATCH (n) RETURN count(n) AS n');
  if (Number(existing.records[0]?.get('n')) > 0) {
    throw new ThreadlineError('CONFLICT', 'Restore needs an empty database; this one holds data');
  }
  await db.write(`CREATE INDEX restore_ref IF NOT EXISTS FOR (n:${RESTORE_LABEL}) ON (n.__ref)`);
  await db.write('CALL db.awaitIndexes(300)');
  const counts: JsonlCounts = { nodes: 0, relationships: 0 };
  const nodes = new Map<string, ExportNode[]>();
  const rels = new Map<string, ExportRelationship[]>();
  const flushNodes = async (labels: string, rows: ExportNode[]) => {
    await db.write(CREATE_NODES(labels), { rows });
    counts.nodes += rows.length;
    progress(counts);
  };
  const flushRels = async (type: string, rows: ExportRelationship[]) => {
    const result = await db.write(CREATE_RELS(type), { rows });
    // A backup taken while writers were busy can name an end it never wrote: say so, never drop it silently.
    if (Number(result.records[0]?.get('created')) !== rows.length) {
      throw badInput(
        `${rows.length - Number(result.records[0]?.get('created'))} ${type} relationships name ends missing from the backup`,
      );
    }
    counts.relationships += rows.length;
    progress(counts);
  };
  let lineNo = 0;
  const lines = createInterface({
    input: createReadStream(file, 'utf8'),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const text of lines) {
    lineNo += 1;
    if (text.trim() === '') continue;
    let line: JsonlLine | { format?: string };
    try {
      line = JSON.parse(text);
    } catch {
      throw badInput(`line ${lineNo}: not JSON`);
    }
    if (lineNo === 1) {
      if ((line as { format?: string }).format !== JSONL_FORMAT)
        throw badInput('not a Threadline JSON Lines file');
      continue;
    }
    if ('t' in line && line.t === 'node') {
      const labels = checkLabels(line.labels, lineNo);
      const group = nodes.get(labels) ?? [];
      group.push(line);
      nodes.set(labels, group);
      if (group.length >= BATCH) await flushNodes(labels, nodes.get(labels)?.splice(0) ?? []);
    } else if ('t' in line && line.t === 'rel') {
      for (const [labels, group] of nodes) if (group.length > 0) await flushNodes(labels, group.splice(0));
      if (!KNOWN_RELATIONSHIP_TYPES.has(line.type))
        throw badInput(`line ${lineNo}: unknown type "${line.type}"`);
      const group = rels.get(line.type) ?? [];
      group.push(line);
      rels.set(line.type, group);
      if (group.length >= BATCH) await flushRels(line.type, rels.get(line.type)?.splice(0) ?? []);
    } else {
      throw badInput(`line ${lineNo}: neither a node nor a relationship`);
    }
  }
  for (const [labels, group] of nodes) if (group.length > 0) await flushNodes(labels, group);
  for (const [type, group] of rels) if (group.length > 0) await flushRels(type, group);
  // Batched clean-up needs an auto-commit transaction (CALL … IN TRANSACTIONS), hence a plain session.
  const session = db.session('WRITE');
  try {
    await session.run(
      `MATCH (n:${RESTORE_LABEL}) CALL { WITH n REMOVE n:${RESTORE_LABEL}, n.__ref } IN TRANSACTIONS OF 10000 ROWS`,
    );
  } finally {
    await session.close();
  }
  await db.write('DROP INDEX restore_ref IF EXISTS');
  return counts;
}
