// PageRank and betweenness computed by GDS, scaled like graphology's so both engines read the same.
import neo4j from 'neo4j-driver';
import { runRead } from '../read/run-read.js';
import { num } from '../read/shape.js';
import type { GraphDb } from '../runtime/graph-db.js';
import { withGdsGraph } from './gds.js';
import { ANALYSIS_LIMITS } from './limits.js';
import { PROJECTION_TIMEOUT_MS, type ProjectionOptions } from './projection.js';
import { DEFAULT_SEED } from './rng.js';

/** Sources sampled for betweenness above ANALYSIS_LIMITS.maxBetweennessNodes (exact below). */
export const BETWEENNESS_SAMPLES = 2_000;

// PageRank is divided by its total (graphology's sums to 1); betweenness by the number of pairs of other
// nodes, (n-1)(n-2)/2, which is graphology's `normalized` for an undirected graph.
const TOP = `
WITH collect([nodeId, score]) AS rows, sum(score) AS total
UNWIND rows AS row
WITH gds.util.asNode(row[0]) AS n, row[1] / CASE $scale WHEN 0.0 THEN total ELSE $scale END AS score
WHERE n.kind IN $kinds AND score > 0
RETURN n.id AS id, score
ORDER BY score DESC, id
LIMIT $limit`;

export async function gdsScores(
  db: GraphDb,
  algorithm: 'pagerank' | 'betweenness',
  options: ProjectionOptions & { kinds: readonly string[]; limit: number },
): Promise<[string, number][]> {
  return withGdsGraph(db, { types: options.types }, async (name, nodes) => {
    const sampled = nodes > ANALYSIS_LIMITS.maxBetweennessNodes;
    const call =
      algorithm === 'pagerank'
        ? 'CALL gds.pageRank.stream($name) YIELD nodeId, score'
        : `CALL gds.betweenness.stream($name, $config) YIELD nodeId, score`;
    const pairs = ((nodes - 1) * (nodes - 2)) / 2;
    const { records } = await runRead(
      db,
      call + TOP,
      {
        name,
        config: sampled
          ? { samplingSize: neo4j.int(BETWEENNESS_SAMPLES), samplingSeed: neo4j.int(DEFAULT_SEED) }
          : {},
        scale: algorithm === 'pagerank' || pairs <= 0 ? 0.0 : pairs,
        kinds: options.kinds,
        limit: neo4j.int(options.limit),
      },
      PROJECTION_TIMEOUT_MS,
    );
    return records.map((r): [string, number] => [r.get('id') as string, num(r.get('score'))]);
  });
}
