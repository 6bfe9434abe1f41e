// paths: the shortest paths between two entities, bounded in length and time, by default never through supernodes.
import neo4j from 'neo4j-driver';
import type { PathResult } from '../graphql/__generated__/resolvers-types.js';
import type { GraphDb } from '../runtime/graph-db.js';
import { edgeProjection, nodeProjection, visibleEdge, visibleNode } from './fragments.js';
import { runRead } from './run-read.js';
import { type EdgeRow, type NodeRow, toEdge, toNode } from './shape.js';

/** Longest path searched. */
export const MAX_HOPS = 8;
/** Time budget of a path search in milliseconds; a longer search fails with QUERY_TIMEOUT. Defaults to 10_000. */
export const PATHS_TIMEOUT_MS = 10_000;

// Why no Sanction or Source in the middle: two entities "linked" through one sanctions entry or one
// press release are documented together, not connected; such paths would drown the real ones.
// The length bound must be a literal in Cypher: it is an integer checked to lie in 1..MAX_HOPS.
// By default (maxDegree = SUPERNODE_DEGREE, server/read/supernode.ts) no supernode is passed through: two
// workers "linked" through an employer with 100,000 hires never met, and the search through it reads all its
// links (docs/performance.md: p95 263 ms -> 73 ms). The degree check, `COUNT { (x)--() }`, reads the node's
// stored degree, and the shortest-path search applies it while it expands.
const pathsCypher = (maxHops: number, all: boolean, degreeBound: boolean) => `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE ${visibleNode('a')} AND ${visibleNode('b')}
MATCH p = ${all ? 'allShortestPaths' : 'shortestPath'}((a)-[*..${maxHops}]-(b))
WHERE all(r IN relationships(p) WHERE ${visibleEdge('r')})
  AND all(x IN nodes(p) WHERE x = a OR x = b OR (${visibleNode('x')} AND NOT x:Sanction AND NOT x:Source${
    degreeBound ? ' AND COUNT { (x)--() } <= $maxDegree' : ''
  }))
WITH p LIMIT $fetch
RETURN [x IN nodes(p) | ${nodeProjection('x')}] AS nodes, [e IN relationships(p) | ${edgeProjection('e')}] AS edges`;

export interface PathsOptions {
  from: string;
  to: string;
  maxHops: number;
  limit: number;
  all: boolean;
  /** Most links an entity in the middle of a path may have; null: no bound. */
  maxDegree: number | null;
  unmask: boolean;
}

export async function readPaths(db: GraphDb, options: PathsOptions): Promise<PathResult> {
  if (!Number.isInteger(options.maxHops) || options.maxHops < 1 || options.maxHops > MAX_HOPS) {
    throw new RangeError(`maxHops must be an integer in 1..${MAX_HOPS}`);
  }
  if (options.from === options.to) return { paths: [], truncated: false };
  const { records } = await runRead(
    db,
    pathsCypher(options.maxHops, options.all, options.maxDegree !== null),
    // One more than asked for tells whether there are more.
    {
      from: options.from,
      to: options.to,
      fetch: neo4j.int(options.limit + 1),
      maxDegree: options.maxDegree === null ? null : neo4j.int(options.maxDegree),
    },
    PATHS_TIMEOUT_MS,
  );
  const paths = records.slice(0, options.limit).map((record) => {
    const edges = (record.get('edges') as EdgeRow[]).map(toEdge);
    return {
      nodes: (record.get('nodes') as NodeRow[]).map((n) => toNode(n, options.unmask)),
      edges,
      length: edges.length,
    };
  });
  return { paths, truncated: records.length > options.limit };
}
