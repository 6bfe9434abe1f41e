// centrality: degree in Cypher; PageRank and betweenness by graphology, or GDS for graphs beyond its bound.
import type { GraphDb } from '../runtime/graph-db.js';
import { degree } from './degree.js';
import { chooseEngine, type Engine } from './engine.js';
import { gdsScores } from './gds-scores.js';
import { graphologyScores } from './graphology-scores.js';
import { ANALYSIS_LIMITS, checkChoice, checkKinds, checkLimit } from './limits.js';
import { readNodes } from './members.js';
import { ALL_TYPES } from './projection.js';
import type { CentralityScoreView } from './types.js';

export const CENTRALITY_ALGORITHMS = ['degree', 'pagerank', 'betweenness'] as const;

export interface CentralityOptions {
  /** Defaults to "pagerank". */
  algorithm?: string | null;
  /** Kinds ranked; the scores are computed on the whole graph either way. Every kind when empty. */
  kinds?: readonly string[] | null;
  /** Defaults to 20. */
  limit?: number | null;
  unmask: boolean;
  /** Forces an engine (tests); chosen by projection size otherwise (engine.ts). */
  engine?: Engine;
}

/** The `limit` highest-scoring nodes of the given kinds, highest first, ties by id; zero scores left out. */
export async function centrality(db: GraphDb, options: CentralityOptions): Promise<CentralityScoreView[]> {
  const algorithm = checkChoice('algorithm', options.algorithm ?? 'pagerank', CENTRALITY_ALGORITHMS);
  const kinds = checkKinds(options.kinds);
  const limit = checkLimit('limit', options.limit, 20, ANALYSIS_LIMITS.maxListLimit);
  if (algorithm === 'degree') return degree(db, kinds, limit, options.unmask);
  const nodeBound = algorithm === 'betweenness' ? ANALYSIS_LIMITS.maxBetweennessNodes : undefined;
  const engine = await chooseEngine(db, ALL_TYPES, options.engine, nodeBound);
  const top =
    engine === 'gds'
      ? await gdsScores(db, algorithm, { types: ALL_TYPES, kinds, limit })
      : await graphologyScores(algorithm, kinds, limit, db);
  const nodes = await readNodes(
    db,
    top.map(([id]) => id),
    options.unmask,
  );
  return top.flatMap(([id, score]) => {
    const node = nodes.get(id);
    return node ? [{ node, score }] : [];
  });
}
