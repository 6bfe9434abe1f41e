// Which engine analyses a projection: graphology in our process, or GDS inside Neo4j for large graphs.
import { MODEL } from '../../model/index.js';
import { runRead } from '../read/run-read.js';
import { num } from '../read/shape.js';
import type { GraphDb } from '../runtime/graph-db.js';
import { hasGds } from './gds.js';
import { ANALYSIS_LIMITS } from './limits.js';

export type Engine = 'graphology' | 'gds';

// The count store answers these without touching a relationship: an upper bound of the projection.
const countQuery = (types: readonly string[], nodes: boolean) =>
  `RETURN ${types.map((t) => `COUNT { ()-[:${MODEL.relationship(t).name}]->() }`).join(' + ')} AS n` +
  (nodes ? ', COUNT { (:Entity) } AS nodes' : '');

/**
 * graphology while the projection fits ANALYSIS_LIMITS (results identical everywhere, no plugin needed);
 * GDS beyond that when the server has it; otherwise graphology, which refuses what does not fit.
 * Env THREADLINE_ANALYSIS_ENGINE=graphology|gds forces one (tests, benchmarks).
 */
export async function chooseEngine(
  db: GraphDb,
  types: readonly string[],
  forced?: Engine,
  /** A node bound too (betweenness): more entities than this also send the work to GDS. */
  maxNodes?: number,
): Promise<Engine> {
  const choice = forced ?? (process.env.THREADLINE_ANALYSIS_ENGINE as Engine | undefined);
  if (choice === 'graphology' || choice === 'gds') return choice;
  const { records } = await runRead(db, countQuery(types, maxNodes !== undefined), {});
  const fits =
    num(records[0]?.get('n') ?? 0) <= ANALYSIS_LIMITS.maxProjectionRelationships &&
    (maxNodes === undefined || num(records[0]?.get('nodes') ?? 0) <= maxNodes);
  if (fits) return 'graphology';
  return (await hasGds(db)) ? 'gds' : 'graphology';
}
