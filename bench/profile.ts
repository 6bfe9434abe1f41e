// PROFILE of the hot statements on the bench graph: database hits per operator, for the report and the docs.
import neo4j, { type Driver, type ProfiledPlan } from 'neo4j-driver';
import { FANOUT } from '../server/read/neighborhood.js';
import { neighborhoodCypher } from '../server/read/neighborhood-cypher.js';
import { LINKS_PER_TYPE, SUPERNODE_DEGREE } from '../server/read/supernode.js';

export interface ProfileRow {
  name: string;
  startId: string;
  /** Relationships at the start node: what an expand has to look at. */
  degree: number;
  dbHits: number;
  rows: number;
  ms: number;
  /** The operators with the most database hits, e.g. `Expand(All) 1204`. */
  topOperators: string[];
}

function walk(plan: ProfiledPlan, out: { op: string; hits: number }[]): number {
  out.push({ op: plan.operatorType, hits: plan.dbHits });
  return plan.dbHits + plan.children.reduce((sum, c) => sum + walk(c, out), 0);
}

const DEGREES = `
MATCH (n:Entity) WHERE n.mergedInto IS NULL
WITH n, COUNT { (n)--() } AS degree
ORDER BY degree DESC LIMIT 1
RETURN n.id AS id, degree
UNION ALL
MATCH (n:Entity) WHERE n.id IN $ids
RETURN n.id AS id, COUNT { (n)--() } AS degree`;

/** Profiles the depth-1 neighbourhood for the graph's biggest hub and for a few sampled starts. */
export async function profileNeighborhood(driver: Driver, starts: readonly string[]): Promise<ProfileRow[]> {
  const picked = await driver.executeQuery(DEGREES, { ids: starts.slice(0, 3) }, { database: 'neo4j' });
  const rows: ProfileRow[] = [];
  for (const record of picked.records) {
    const id = record.get('id') as string;
    const params = {
      ids: [id],
      kinds: null,
      types: null,
      offset: neo4j.int(0),
      window: neo4j.int(199),
      limit: neo4j.int(200),
      fanout: neo4j.int(FANOUT),
      supernode: neo4j.int(SUPERNODE_DEGREE),
      perType: neo4j.int(LINKS_PER_TYPE),
      stride: neo4j.int(1_000_000),
    };
    // Once unprofiled so the plan is cached and the profile shows execution, not planning.
    await driver.executeQuery(neighborhoodCypher(1), params, { database: 'neo4j' });
    const t0 = performance.now();
    const result = await driver.executeQuery(`PROFILE ${neighborhoodCypher(1)}`, params, {
      database: 'neo4j',
    });
    const ms = performance.now() - t0;
    const plan = result.summary.profile;
    if (!plan) continue;
    const ops: { op: string; hits: number }[] = [];
    const dbHits = walk(plan, ops);
    ops.sort((a, b) => b.hits - a.hits);
    rows.push({
      name: 'neighborhood depth 1, limit 200',
      startId: id,
      degree: Number(record.get('degree')),
      dbHits,
      rows: plan.rows,
      ms: Math.round(ms * 10) / 10,
      topOperators: ops.slice(0, 4).map((o) => `${o.op} ${o.hits}`),
    });
  }
  return rows;
}
