// Seeding a real Neo4j: the public facts land with their sources and links, and seeding again changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityId } from '../../model/keys.js';
import { JONG_SONG_HWA, publicFactsBatch, YANBIAN_SILVERSTAR } from '../../seed/public-facts/index.js';
import { seedIfEmpty, seedPublicFacts, seedSynthetic } from '../../seed/seed-if-empty.js';
import { World } from '../../seed/synthetic/world.js';
import { validateBatch } from '../../server/graph/validate-batch.js';
import type { GraphDb } from '../../server/runtime/graph-db.js';
import { openTestGraphDb } from '../support/graph-db.js';

let db: GraphDb;
const yanbianId = entityId('FrontCompany', { name: YANBIAN_SILVERSTAR });
const facts = validateBatch(publicFactsBatch());

// The public facts are fixed data shared with other tests: count exactly the ids this dataset writes.
async function countFacts(): Promise<{ nodes: number; relationships: number }> {
  const result = await db.read(
    `MATCH (n:Entity) WHERE n.id IN $nodeIds WITH count(n) AS nodes
     OPTIONAL MATCH ()-[r]->() WHERE r.id IN $relIds RETURN nodes, count(r) AS relationships`,
    { nodeIds: facts.entities.map((e) => e.id), relIds: facts.relationships.map((r) => r.id) },
  );
  const record = result.records[0];
  return { nodes: Number(record?.get('nodes')), relationships: Number(record?.get('relationships')) };
}

beforeAll(async () => {
  db = await openTestGraphDb();
  await seedPublicFacts(db);
});

afterAll(async () => {
  await db?.close();
});

describe('seedPublicFacts', () => {
  it('writes Yanbian Silverstar with 7 aliases, 3 Yanji addresses and a Source', async () => {
    const result = await db.read(
      `MATCH (y:FrontCompany {id: $id})
       OPTIONAL MATCH (y)-[:LOCATED_AT]->(a:Address)
       WITH y, collect(a.full) AS addresses
       OPTIONAL MATCH (s:Source) WHERE s.id IN y.sourceIds
       RETURN y.aliases AS aliases, y.origins AS origins, addresses, collect(s.title) AS sources`,
      { id: yanbianId },
    );
    const record = result.records[0];
    expect(record?.get('aliases')).toHaveLength(7);
    expect(record?.get('origins')).toContain('seed:public-facts');
    const addresses = record?.get('addresses') as string[];
    expect(addresses).toHaveLength(3);
    for (const full of addresses) expect(full).toContain('Yanji');
    expect(record?.get('sources') ?? []).not.toHaveLength(0);
  });

  it('links JONG Song Hwa to Yanbian Silverstar as its officer, with a source', async () => {
    const result = await db.read(
      `MATCH (j:Worker {id: $jong})-[r:OFFICER_OF]->(:FrontCompany {id: $yanbian})
       RETURN r.role AS role, size(r.sourceIds) AS sources, r.grade AS grade`,
      { jong: entityId('Worker', { name: JONG_SONG_HWA }), yanbian: yanbianId },
    );
    expect(result.records).toHaveLength(1);
    expect(result.records[0]?.get('sources')).toBeGreaterThan(0);
    expect(result.records[0]?.get('grade')).toBe('confirmed');
  });

  it('changes no count when run again', async () => {
    const before = await countFacts();
    expect(before).toEqual({ nodes: facts.entities.length, relationships: facts.relationships.length });
    const totals = await seedPublicFacts(db);
    expect(totals.created).toBe(0);
    expect(await countFacts()).toEqual(before);
  });
});

describe('seedSynthetic', () => {
  // Every synthetic link touches a synthetic node (the real front companies only ever at one end).
  // A seed of its own: this test's world shares no device, account or wallet with any other test's.
  const seed = 100_000 + Math.floor(Math.random() * 1_000_000);
  const world = new World('small', seed);
  const countWorld = async () => {
    const result = await db.read(
      `MATCH (n:Entity) WHERE $source IN n.sourceIds
       OPTIONAL MATCH (n)-[r]-() WHERE $source IN r.sourceIds
       RETURN count(DISTINCT n) AS nodes, count(DISTINCT r) AS relationships`,
      { source: world.sourceId },
    );
    const record = result.records[0];
    return { nodes: Number(record?.get('nodes')), relationships: Number(record?.get('relationships')) };
  };

  it('loads the small world attached to the real front companies, idempotently', async () => {
    const first = await seedSynthetic(db, { scale: 'small', seed });
    // Every generated node cites the world's Source except the Source itself.
    expect(await countWorld()).toEqual({ nodes: first.entities - 1, relationships: first.relationships });
    const employed = await db.read(
      `MATCH (w:Worker)-[:EMPLOYED_BY]->(:FrontCompany {id: $id}) WHERE $source IN w.sourceIds RETURN count(w) AS n`,
      { id: yanbianId, source: world.sourceId },
    );
    expect(Number(employed.records[0]?.get('n'))).toBeGreaterThan(0);

    const again = await seedSynthetic(db, { scale: 'small', seed });
    expect(again.created).toBe(0);
    expect(await countWorld()).toEqual({ nodes: first.entities - 1, relationships: first.relationships });
  }, 300_000); // two full small seeds: seconds on an idle machine, minutes on a busy shared one

  it('leaves a database that holds data alone', async () => {
    expect(await seedIfEmpty(db)).toBe(false);
  });
});
