// The one write path: a validated batch becomes one transaction, all or nothing, idempotent by natural key.
import type { ManagedTransaction, Session } from 'neo4j-driver';
import { buildSearchText, MODEL, type PropertySpec } from '../../model/index.js';
import { type ErrorDetail, notFound } from '../errors/threadline-error.js';
import type {
  Batch,
  EntityRecord,
  Properties,
  RelationshipRecord,
  WriteContext,
  WriteStatus,
  WriteSummary,
} from './batch-types.js';
import { mergeProperties } from './merge-properties.js';

// One round trip creates what is new and locks what exists. Each kind (or type) of the batch is one CALL that
// MERGEs its rows by id: a new fact is written at once with the properties it would have if nothing were stored
// (folded in JS beforehand), an existing one is write-locked and its stored properties come back, so two
// concurrent batches touching one fact are serialised and neither loses the other's values. Only existing facts
// that change need the second statement. Labels and types are spliced from the model only; every value is a
// parameter. `__fresh` and `__lock` never outlive the statement.

function createOrLockEntities(kinds: readonly string[]): string {
  const calls = kinds.map(
    (kind, i) => `CALL {
  UNWIND $rows${i} AS row
  MERGE (n:Entity {id: row.id})
  ON CREATE SET n:${MODEL.kind(kind).name}, n = row.props, n.__fresh = true
  ON MATCH SET n.__lock = true
  WITH row, n, n.__fresh AS fresh
  REMOVE n.__lock, n.__fresh
  RETURN collect({id: row.id, props: CASE WHEN fresh THEN null ELSE properties(n) END}) AS found${i}
}`,
  );
  return `${calls.join('\n')}\nRETURN ${kinds.map((_, i) => `found${i}`).join(' + ')} AS found`;
}

function updateEntities(kinds: readonly string[]): string {
  const calls = kinds.map(
    (kind, i) =>
      `CALL { UNWIND $rows${i} AS row MATCH (n:Entity {id: row.id}) SET n:${MODEL.kind(kind).name} SET n = row.props }`,
  );
  return `${calls.join('\n')}\nRETURN count(*) AS done`;
}

// A relationship whose ends are missing yields no row (MATCH): the caller compares counts and only then asks
// which ends are missing, for the error. The MERGE finds an existing relationship by its type's id constraint.
function createOrLockRelationships(types: readonly string[]): string {
  const calls = types.map(
    (type, i) => `CALL {
  UNWIND $rows${i} AS r
  MATCH (a:Entity {id: r.from}) MATCH (b:Entity {id: r.to})
  MERGE (a)-[x:${MODEL.relationship(type).name} {id: r.id}]->(b)
  ON CREATE SET x = r.props, x.__fresh = true
  ON MATCH SET x.__lock = true
  WITH r, x, x.__fresh AS fresh
  REMOVE x.__lock, x.__fresh
  RETURN collect({id: r.id, props: CASE WHEN fresh THEN null ELSE properties(x) END}) AS found${i}
}`,
  );
  return `${calls.join('\n')}\nRETURN ${types.map((_, i) => `found${i}`).join(' + ')} AS found`;
}

function updateRelationships(types: readonly string[]): string {
  const calls = types.map(
    (type, i) => `CALL { UNWIND $rows${i} AS r
  MATCH ()-[x:${MODEL.relationship(type).name} {id: r.id}]->() SET x = r.props }`,
  );
  return `${calls.join('\n')}\nRETURN count(*) AS done`;
}

const MISSING_ENDS =
  'UNWIND $ends AS id OPTIONAL MATCH (n:Entity {id: id}) WITH id, n WHERE n IS NULL RETURN id';

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

interface Fact {
  id: string;
  properties: Properties;
}

interface FoldInput<F extends Fact> {
  facts: readonly F[];
  specsOf: (fact: F) => Readonly<Record<string, PropertySpec>>;
  ctx: Required<WriteContext>;
  /** Stored properties by id; undefined: nothing stored. */
  stored: ReadonlyMap<string, Properties | undefined>;
}

/**
 * Folds a batch's facts onto what is stored, in order, as if sent one after the other: the final properties and
 * status of each id. With nothing stored, it gives what a new fact is created with.
 */
function fold<F extends Fact>({ facts, specsOf, ctx, stored }: FoldInput<F>) {
  const current = new Map(stored);
  const status = new Map<string, WriteStatus>();
  for (const fact of facts) {
    const merged = mergeProperties({
      existing: current.get(fact.id),
      incoming: fact.properties,
      specs: specsOf(fact),
      origin: ctx.origin,
      now: ctx.now,
      defaultSourceIds: ctx.defaultSourceIds,
    });
    current.set(fact.id, merged.properties);
    const previous = status.get(fact.id);
    status.set(
      fact.id,
      stored.get(fact.id) === undefined ? 'created' : previous === 'updated' ? 'updated' : merged.status,
    );
  }
  return { properties: current as Map<string, Properties>, status };
}

type Found = { id: string; props: Properties | null }[];

/** Sends each group's rows as `$rows<i>`, in the order of `groups`. */
const rowParams = <T>(groups: readonly (readonly [string, T[]])[]) =>
  Object.fromEntries(groups.map(([, rows], i) => [`rows${i}`, rows]));

async function upsertEntities(
  tx: ManagedTransaction,
  batch: Batch,
  ctx: Required<WriteContext>,
  summary: WriteSummary,
) {
  if (batch.entities.length === 0) return;
  const kindOf = new Map(batch.entities.map((e) => [e.id, e.kind]));
  const specsOf = (e: EntityRecord) => MODEL.kind(e.kind).properties;
  const row = (id: string, props: Properties) => {
    const kind = kindOf.get(id) as string;
    return { id, props: { ...props, id, kind, searchText: searchTextOf(kind, props) } };
  };
  // What each entity is created with if it is new.
  const asNew = fold({ facts: batch.entities, specsOf, ctx, stored: new Map() });
  const byKind = [...groupBy([...asNew.properties], ([id]) => kindOf.get(id) as string)].map(
    ([kind, entries]) => [kind, entries.map(([id, props]) => row(id, props))] as const,
  );
  const result = await tx.run(createOrLockEntities(byKind.map(([kind]) => kind)), rowParams(byKind));
  const found = (result.records[0]?.get('found') ?? []) as Found;
  const stored = new Map<string, Properties | undefined>(found.map((f) => [f.id, f.props ?? undefined]));
  const existing = new Set(found.filter((f) => f.props !== null).map((f) => f.id));
  const onStored =
    existing.size > 0
      ? fold({ facts: batch.entities.filter((e) => existing.has(e.id)), specsOf, ctx, stored })
      : undefined;
  if (onStored) {
    const changed = [...onStored.status].filter(([, status]) => status === 'updated').map(([id]) => id);
    const updates = [...groupBy(changed, (id) => kindOf.get(id) as string)].map(
      ([kind, ids]) => [kind, ids.map((id) => row(id, onStored.properties.get(id) as Properties))] as const,
    );
    if (updates.length > 0) await tx.run(updateEntities(updates.map(([kind]) => kind)), rowParams(updates));
  }
  for (const id of asNew.status.keys()) {
    const status = onStored?.status.get(id) ?? 'created';
    summary.entities[status] += 1;
    summary.entityStatus.set(id, status);
  }
}

async function missingEnds(tx: ManagedTransaction, batch: Batch): Promise<ErrorDetail[]> {
  const ends = [...new Set(batch.relationships.flatMap((r) => [r.from.id, r.to.id]))];
  const result = await tx.run(MISSING_ENDS, { ends });
  const missing = new Set(result.records.map((r) => r.get('id') as string));
  const details: ErrorDetail[] = [];
  batch.relationships.forEach((rel, i) => {
    if (missing.has(rel.from.id))
      details.push({ path: `relationships[${i}].from`, message: `no ${rel.from.kind} ${rel.from.id}` });
    if (missing.has(rel.to.id))
      details.push({ path: `relationships[${i}].to`, message: `no ${rel.to.kind} ${rel.to.id}` });
  });
  return details;
}

async function upsertRelationships(
  tx: ManagedTransaction,
  batch: Batch,
  ctx: Required<WriteContext>,
  summary: WriteSummary,
) {
  if (batch.relationships.length === 0) return;
  const byId = new Map(batch.relationships.map((r) => [r.id, r]));
  const specsOf = (r: RelationshipRecord) => MODEL.relationship(r.type).properties;
  const row = (id: string, props: Properties) => {
    const rel = byId.get(id) as RelationshipRecord;
    return { id, from: rel.from.id, to: rel.to.id, props: { ...props, id } };
  };
  const asNew = fold({ facts: batch.relationships, specsOf, ctx, stored: new Map() });
  const byType = [...groupBy([...asNew.properties], ([id]) => byId.get(id)?.type as string)].map(
    ([type, entries]) => [type, entries.map(([id, props]) => row(id, props))] as const,
  );
  const result = await tx.run(createOrLockRelationships(byType.map(([type]) => type)), rowParams(byType));
  const found = (result.records[0]?.get('found') ?? []) as Found;
  if (found.length < asNew.properties.size) {
    // Some rows found no end; the transaction is rolled back by the throw, so nothing is written.
    const missing = await missingEnds(tx, batch);
    throw notFound(`Relationship end not found: ${missing[0]?.path}: ${missing[0]?.message}`, missing);
  }
  const stored = new Map<string, Properties | undefined>(found.map((f) => [f.id, f.props ?? undefined]));
  const existing = new Set(found.filter((f) => f.props !== null).map((f) => f.id));
  const onStored =
    existing.size > 0
      ? fold({ facts: batch.relationships.filter((r) => existing.has(r.id)), specsOf, ctx, stored })
      : undefined;
  if (onStored) {
    const changed = [...onStored.status].filter(([, status]) => status === 'updated').map(([id]) => id);
    const updates = [...groupBy(changed, (id) => byId.get(id)?.type as string)].map(
      ([type, ids]) => [type, ids.map((id) => row(id, onStored.properties.get(id) as Properties))] as const,
    );
    if (updates.length > 0)
      await tx.run(updateRelationships(updates.map(([type]) => type)), rowParams(updates));
  }
  for (const id of asNew.status.keys()) summary.relationships[onStored?.status.get(id) ?? 'created'] += 1;
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
