// The one write path: a validated batch becomes one transaction, all or nothing, idempotent by natural key.
import type { ManagedTransaction, Session } from 'neo4j-driver';
import { buildSearchText, MODEL } from '../../model/index.js';
import { type ErrorDetail, notFound } from '../errors/threadline-error.js';
import type { Batch, Properties, WriteContext, WriteStatus, WriteSummary } from './batch-types.js';
import { mergeProperties } from './merge-properties.js';

// Reads and write-locks every entity of the batch (creating placeholders for new ones), so two
// concurrent batches touching one entity are serialised and neither loses the other's values.
const LOCK_ENTITIES = `
UNWIND $ids AS id
MERGE (n:Entity {id: id})
ON CREATE SET n.__pending = true
ON MATCH SET n.__lock = true
WITH id, n, n.__pending AS pending
REMOVE n.__lock
RETURN id, CASE WHEN pending THEN null ELSE properties(n) END AS props`;

// Each statement below covers every kind (or type) of the batch at once: one round trip per step, not
// one per kind. Labels and types are spliced from the model only; every value is a parameter.

/** Entity ends that exist, and the stored relationships, each found by an index seek on its type's id. */
function readRelationships(types: readonly string[]): string {
  const parts = [
    'UNWIND $ends AS id MATCH (n:Entity {id: id}) RETURN n.id AS id, null AS props',
    ...types.map(
      (type, i) =>
        `UNWIND $ids${i} AS rid MATCH ()-[x:${MODEL.relationship(type).name} {id: rid}]->() RETURN x.id AS id, properties(x) AS props`,
    ),
  ];
  return parts.join('\nUNION ALL\n');
}

function writeEntities(kinds: readonly string[]): string {
  const calls = kinds.map(
    (kind, i) =>
      `CALL { UNWIND $rows${i} AS row MATCH (n:Entity {id: row.id}) SET n:${MODEL.kind(kind).name} SET n = row.props }`,
  );
  return `${calls.join('\n')}\nRETURN count(*) AS done`;
}

function writeRelationships(types: readonly string[]): string {
  const calls = types.map(
    (type, i) => `CALL { UNWIND $rows${i} AS r
  MATCH (a:Entity {id: r.from}) MATCH (b:Entity {id: r.to})
  MERGE (a)-[x:${MODEL.relationship(type).name} {id: r.id}]->(b) SET x = r.props }`,
  );
  return `${calls.join('\n')}\nRETURN count(*) AS done`;
}

const emptyCounts = (): Record<WriteStatus, number> => ({ created: 0, updated: 0, unchanged: 0 });

function searchTextOf(kind: string, props: Properties): string {
  const values: string[] = [];
  for (const name of MODEL.kind(kind).searchable) {
    const value = props[name];
    if (Array.isArray(value)) values.push(...value.map(String));
    else if (value !== undefined) values.push(String(value));
  }
  return buildSearchText(values);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

async function upsertEntities(
  tx: ManagedTransaction,
  batch: Batch,
  ctx: Required<WriteContext>,
  summary: WriteSummary,
) {
  const ids = [...new Set(batch.entities.map((e) => e.id))];
  if (ids.length === 0) return;
  const result = await tx.run(LOCK_ENTITIES, { ids });
  const current = new Map<string, Properties | undefined>(
    result.records.map((r) => [r.get('id') as string, (r.get('props') as Properties | null) ?? undefined]),
  );
  const stored = new Map(current);
  const finalStatus = new Map<string, WriteStatus>();
  // Entities repeated within one batch fold in order, as if sent one after the other.
  for (const entity of batch.entities) {
    const merged = mergeProperties({
      existing: current.get(entity.id),
      incoming: entity.properties,
      specs: MODEL.kind(entity.kind).properties,
      origin: ctx.origin,
      now: ctx.now,
      defaultSourceIds: ctx.defaultSourceIds,
    });
    current.set(entity.id, merged.properties);
    const previous = finalStatus.get(entity.id);
    const status =
      stored.get(entity.id) === undefined ? 'created' : previous === 'updated' ? 'updated' : merged.status;
    finalStatus.set(entity.id, status);
  }
  const kindOf = new Map(batch.entities.map((e) => [e.id, e.kind]));
  const rows = [...finalStatus.entries()]
    .filter(([, status]) => status !== 'unchanged')
    .map(([id, status]) => {
      const kind = kindOf.get(id) as string;
      const props = current.get(id) as Properties;
      return {
        kind,
        status,
        row: { id, props: { ...props, id, kind, searchText: searchTextOf(kind, props) } },
      };
    });
  const byKind = [...groupBy(rows, (r) => r.kind)];
  if (byKind.length > 0) {
    const params = Object.fromEntries(byKind.map(([, group], i) => [`rows${i}`, group.map((g) => g.row)]));
    await tx.run(writeEntities(byKind.map(([kind]) => kind)), params);
  }
  for (const [id, status] of finalStatus) {
    summary.entities[status] += 1;
    summary.entityStatus.set(id, status);
  }
}

async function upsertRelationships(
  tx: ManagedTransaction,
  batch: Batch,
  ctx: Required<WriteContext>,
  summary: WriteSummary,
) {
  if (batch.relationships.length === 0) return;
  const ends = [...new Set(batch.relationships.flatMap((r) => [r.from.id, r.to.id]))];
  const idsByType = [...groupBy(batch.relationships, (r) => r.type)];
  const params: Record<string, unknown> = { ends };
  idsByType.forEach(([, group], i) => {
    params[`ids${i}`] = [...new Set(group.map((r) => r.id))];
  });
  const result = await tx.run(readRelationships(idsByType.map(([type]) => type)), params);
  const present = new Set<string>();
  const current = new Map<string, Properties | undefined>();
  for (const record of result.records) {
    const props = record.get('props') as Properties | null;
    if (props === null) present.add(record.get('id') as string);
    else current.set(record.get('id') as string, props);
  }
  const missing: ErrorDetail[] = [];
  batch.relationships.forEach((rel, i) => {
    if (!present.has(rel.from.id))
      missing.push({ path: `relationships[${i}].from`, message: `no ${rel.from.kind} ${rel.from.id}` });
    if (!present.has(rel.to.id))
      missing.push({ path: `relationships[${i}].to`, message: `no ${rel.to.kind} ${rel.to.id}` });
  });
  if (missing.length > 0) {
    throw notFound(`Relationship end not found: ${missing[0]?.path}: ${missing[0]?.message}`, missing);
  }
  const stored = new Map(current);
  const finalStatus = new Map<string, WriteStatus>();
  for (const rel of batch.relationships) {
    const merged = mergeProperties({
      existing: current.get(rel.id),
      incoming: rel.properties,
      specs: MODEL.relationship(rel.type).properties,
      origin: ctx.origin,
      now: ctx.now,
      defaultSourceIds: ctx.defaultSourceIds,
    });
    current.set(rel.id, merged.properties);
    const previous = finalStatus.get(rel.id);
    finalStatus.set(
      rel.id,
      stored.get(rel.id) === undefined ? 'created' : previous === 'updated' ? 'updated' : merged.status,
    );
  }
  const byId = new Map(batch.relationships.map((r) => [r.id, r]));
  const rows = [...finalStatus.entries()]
    .filter(([, status]) => status !== 'unchanged')
    .map(([id]) => {
      const rel = byId.get(id);
      if (!rel) throw new Error(`relationship ${id} vanished from its batch`);
      return {
        type: rel.type,
        row: { id, from: rel.from.id, to: rel.to.id, props: { ...current.get(id), id } },
      };
    });
  const byType = [...groupBy(rows, (r) => r.type)];
  if (byType.length > 0) {
    const writes = Object.fromEntries(byType.map(([, group], i) => [`rows${i}`, group.map((g) => g.row)]));
    await tx.run(writeRelationships(byType.map(([type]) => type)), writes);
  }
  for (const status of finalStatus.values()) summary.relationships[status] += 1;
}

/**
 * Writes a validated batch in one write transaction (retried by the driver on transient errors, which is
 * safe because the whole batch is idempotent). Throws NOT_FOUND, writing nothing, when a relationship names
 * an entity that is neither in the batch nor in the graph.
 */
export async function upsertBatch(
  session: Session,
  batch: Batch,
  context: WriteContext,
): Promise<WriteSummary> {
  const ctx: Required<WriteContext> = {
    origin: context.origin,
    now: context.now ?? new Date().toISOString(),
    defaultSourceIds: context.defaultSourceIds ?? [],
  };
  return session.executeWrite(async (tx) => {
    const summary: WriteSummary = {
      entities: emptyCounts(),
      relationships: emptyCounts(),
      entityStatus: new Map(),
    };
    await upsertEntities(tx, batch, ctx, summary);
    await upsertRelationships(tx, batch, ctx, summary);
    return summary;
  });
}
