// After the run: did every acknowledged writer batch land exactly once? And removing what it wrote.
import type { GraphDb } from '../../server/runtime/graph-db.js';
import type { WriterBatch } from './writer-batches.js';

export interface WriterCheck {
  batches: number;
  expectedEntities: number;
  foundEntities: number;
  expectedRelationships: number;
  foundRelationships: number;
  exactlyOnce: boolean;
}

export async function checkWriter(db: GraphDb, batches: readonly WriterBatch[]): Promise<WriterCheck> {
  const ids = batches.flatMap((b) => b.entityIds);
  const laptops = batches.flatMap((b) => b.laptopIds);
  const entities = await db.read('MATCH (n:Entity) WHERE n.id IN $ids RETURN count(n) AS c', { ids });
  const rels = await db.read(
    'MATCH (l:Entity)-[r:SHIPPED_TO]->(:Entity) WHERE l.id IN $ids RETURN count(r) AS c',
    { ids: laptops },
  );
  const foundEntities = Number(entities.records[0]?.get('c'));
  const foundRelationships = Number(rels.records[0]?.get('c'));
  return {
    batches: batches.length,
    expectedEntities: ids.length,
    foundEntities,
    expectedRelationships: laptops.length,
    foundRelationships,
    exactlyOnce: foundEntities === ids.length && foundRelationships === laptops.length,
  };
}

/** Deletes the writer's entities (in small transactions), so a bench store stays the seeded world. */
export async function removeWriterData(db: GraphDb, batches: readonly WriterBatch[]): Promise<void> {
  const ids = batches.flatMap((b) => b.entityIds);
  for (let i = 0; i < ids.length; i += 2_000) {
    await db.write('MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n', { ids: ids.slice(i, i + 2_000) });
  }
}
