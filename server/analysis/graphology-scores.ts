// PageRank and betweenness computed by graphology on a bounded projection loaded into our process.
import { ThreadlineError } from '../errors/threadline-error.js';
import type { GraphDb } from '../runtime/graph-db.js';
import { type AbstractGraph, betweenness, pagerank } from './graphology.js';
import { ANALYSIS_LIMITS } from './limits.js';
import { ALL_TYPES, loadProjection } from './projection.js';

// Undirected on purpose: our directions are grammar (a facilitator HOSTS a laptop), not a flow of
// importance, and a directed PageRank would never rank the facilitator who hosts forty laptops.
export function scoreGraph(
  graph: AbstractGraph,
  algorithm: 'pagerank' | 'betweenness',
): Record<string, number> {
  // graphology's PageRank reports an empty graph as "failed to converge"; nothing to rank is no error.
  if (graph.order === 0) return {};
  if (algorithm === 'pagerank') return pagerank(graph, { getEdgeWeight: 'weight' });
  if (graph.order > ANALYSIS_LIMITS.maxBetweennessNodes) {
    throw new ThreadlineError(
      'QUERY_REFUSED',
      `Betweenness is limited to ${ANALYSIS_LIMITS.maxBetweennessNodes.toLocaleString('en-US')} nodes; ` +
        `this graph has ${graph.order.toLocaleString('en-US')}`,
    );
  }
  // Unweighted: a weight would be read as a distance, and a doubled link is not a longer one.
  return betweenness(graph, { getEdgeWeight: null, normalized: true });
}

/** The `limit` best scores among nodes of the kinds, highest first, ties by id; zero scores left out. */
export async function graphologyScores(
  algorithm: 'pagerank' | 'betweenness',
  kinds: string[],
  limit: number,
  db: GraphDb,
) {
  const graph = await loadProjection(db, { types: ALL_TYPES });
  const wanted = new Set(kinds);
  return Object.entries(scoreGraph(graph, algorithm))
    .filter(([id, score]) => score > 0 && wanted.has(graph.getNodeAttribute(id, 'kind') as string))
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .slice(0, limit);
}
