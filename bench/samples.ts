// Inputs drawn once from the loaded graph: start ids, path pairs, search words, front companies.
import neo4j from 'neo4j-driver';
import type { GraphDb } from '../server/runtime/graph-db.js';

export interface Samples {
  /** Random visible entities, any kind: starts for an expand. */
  starts: string[];
  /** Random pairs of investigative entities (workers, identities, wallets, laptops) for path searches. */
  pairs: [string, string][];
  /** Words taken from entity captions, as an investigator would type them. */
  words: string[];
  frontCompanies: string[];
}

// Fixed-size random samples: ORDER BY rand() scans once; cheap next to seeding, even at medium scale.
const RANDOM_IDS = `
MATCH (n:Entity) WHERE n.mergedInto IS NULL AND coalesce(n.retracted, false) = false
  AND ($kinds IS NULL OR n.kind IN $kinds)
WITH n ORDER BY rand() LIMIT $limit
RETURN n.id AS id`;

const CAPTION_WORDS = `
MATCH (n:Entity) WHERE n.kind IN ['Worker', 'Employer', 'FrontCompany', 'Facilitator', 'Identity']
  AND coalesce(n.victim, false) = false
WITH n ORDER BY rand() LIMIT $limit
RETURN n.name AS name`;

async function ids(db: GraphDb, limit: number, kinds: string[] | null): Promise<string[]> {
  const result = await db.read(RANDOM_IDS, { limit: neo4j.int(limit), kinds });
  return result.records.map((r) => r.get('id') as string);
}

export async function drawSamples(db: GraphDb, size = 500): Promise<Samples> {
  const starts = await ids(db, size, null);
  const ends = await ids(db, size * 2, ['Worker', 'Identity', 'Wallet', 'Laptop']);
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < ends.length; i += 2) pairs.push([ends[i] as string, ends[i + 1] as string]);
  const names = await db.read(CAPTION_WORDS, { limit: neo4j.int(size) });
  const words = names.records
    .map((r) => String(r.get('name') ?? '').split(/\s+/)[0] ?? '')
    .filter((w) => w.length >= 3);
  const fronts = await db.read(
    'MATCH (n:FrontCompany) WHERE n.mergedInto IS NULL RETURN n.id AS id ORDER BY id',
  );
  return { starts, pairs, words, frontCompanies: fronts.records.map((r) => r.get('id') as string) };
}

/** The i-th element, cycling: every workload walks its sample in order, so runs are comparable. */
export const pick = <T>(list: readonly T[], i: number): T => {
  const item = list[i % list.length];
  if (item === undefined) throw new Error('empty sample');
  return item;
};
