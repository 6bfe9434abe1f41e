// Degree centrality in Cypher: every visible link counted where Neo4j stores it, no projection needed.
import neo4j from 'neo4j-driver';
import { nodeProjection, visibleEdge, visibleNode } from '../read/fragments.js';
import { runRead } from '../read/run-read.js';
import { type NodeRow, num, toNode } from '../read/shape.js';
import type { GraphDb } from '../runtime/graph-db.js';
import { PROJECTION_TIMEOUT_MS } from './projection.js';
import type { CentralityScoreView } from './types.js';

// Degree needs no projection: Neo4j counts each node's visible links where they are stored.
const DEGREE = `
MATCH (n:Entity)
WHERE n.kind IN $kinds AND ${visibleNode('n')}
WITH n, COUNT { (n)-[r]-(m:Entity) WHERE ${visibleEdge('r')} AND ${visibleNode('m')} } AS degree
ORDER BY degree DESC, n.id
LIMIT $limit
RETURN ${nodeProjection('n')} AS node, degree`;

/** The `limit` nodes of the kinds with most visible links, most first, ties by id. */
export async function degree(
  db: GraphDb,
  kinds: string[],
  limit: number,
  unmask: boolean,
): Promise<CentralityScoreView[]> {
  const { records } = await runRead(db, DEGREE, { kinds, limit: neo4j.int(limit) }, PROJECTION_TIMEOUT_MS);
  return records.map((r) => ({
    node: toNode(r.get('node') as NodeRow, unmask),
    score: num(r.get('degree')),
  }));
}
