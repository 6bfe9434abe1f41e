// The one write path: a validated batch becomes one transaction, all or nothing, idempotent by natural key.
import type { ManagedTransaction, Session } from 'neo4j-driver';
import { MODEL } from '../../model/index.js';
import { type ErrorDetail, notFound } from '../errors/threadline-error.js';
import type {
  Batch,
  EntityRecord,
  RelationshipRecord,
  WriteContext,
  WriteStatus,
  WriteSummary,
} from './batch-types.js';
import { idsNamedBy, redirectBatch, survivorsOf } from './follow-merges.js';
import { searchTextOf } from './search-text.js';
import {
  createOrLockEntities,
  createOrLockRelationships,
  MISSING_ENDS,
  updateEntities,
  updateRelationships,
} from './upsert-cypher.js';
import { type FactWriter, writeFacts } from './write-facts.js';

const emptyCounts = (): Record<WriteStatus, number> => ({ created: 0, updated: 0, unchanged: 0 });

const ENTITIES: FactWriter<EntityRecord> = {
  groupOf: (e) => e.kind,
  specsOf: (e) => MODEL.kind(e.kind).properties,
  row: (e, props) => ({
    id: e.id,
    props: { ...props, id: e.id, kind: e.kind, searchText: searchTextOf(e.kind, props) },
  }),
  createOrLock: createOrLockEntities,
  update: updateEntities,
};

/** NOT_FOUND details for every relationship end that no entity has. */
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

function relationshipWriter(tx: ManagedTransaction, batch: Batch): FactWriter<RelationshipRecord> {
  return {
    groupOf: (r) => r.type,
    specsOf: (r) => MODEL.relationship(r.type).properties,
    row: (r, props) => ({ id: r.id, from: r.from.id, to: r.to.id, props: { ...props, id: r.id } }),
    createOrLock: createOrLockRelationships,
    update: updateRelationships,
    // Some rows found no end: the throw rolls the transaction back, so nothing is written.
    onShort: async () => {
      const missing = await missingEnds(tx, batch);
      throw notFound(`Relationship end not found: ${missing[0]?.path}: ${missing[0]?.message}`, missing);
    },
  };
}

/**
 * Writes a validated batch in one write transaction (retried by the driver on transient errors, which is
 * safe because the whole batch is idempotent). Facts naming a merged record are written to its survivor
 * (follow-merges.ts). Throws NOT_FOUND, writing nothing, when a relationship names an entity that is neither in
 * the batch nor in the graph.
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
    // Read in the transaction that writes, so a merge committed meanwhile cannot slip between.
    const survivors = await survivorsOf(tx, idsNamedBy(batch));
    const { batch: target, absorbed } = redirectBatch(batch, survivors);
    const summary: WriteSummary = {
      entities: emptyCounts(),
      relationships: emptyCounts(),
      entityStatus: new Map(),
      survivors,
    };
    const entities = await writeFacts(tx, target.entities, ENTITIES, ctx);
    for (const [id, status] of entities) {
      summary.entities[status] += 1;
      summary.entityStatus.set(id, status);
    }
    // Error paths name the client's items: the batch as sent (absorbed links would shift the indexes of the
    // rewritten one). A merged record exists, so only a truly missing end is reported.
    const relationships = await writeFacts(tx, target.relationships, relationshipWriter(tx, batch), ctx);
    for (const status of relationships.values()) summary.relationships[status] += 1;
    // A link between two records merged into one is already what the graph holds: the merge absorbed it.
    summary.relationships.unchanged += absorbed;
    return summary;
  });
}
