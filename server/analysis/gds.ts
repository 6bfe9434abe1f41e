// Neo4j Graph Data Science, when the server has it: a projection like loadProjection's, dropped after use.
import { randomUUID } from 'node:crypto';
import { MODEL } from '../../model/index.js';
import { visibleEdge, visibleNode } from '../read/fragments.js';
import { runRead } from '../read/run-read.js';
import { num } from '../read/shape.js';
import type { GraphDb } from '../runtime/graph-db.js';
import { PROJECTION_TIMEOUT_MS, type ProjectionOptions } from './projection.js';

const available = new WeakMap<GraphDb, Promise<boolean>>();

/** Whether `RETURN gds.version()` answers; asked once per database handle. */
export function hasGds(db: GraphDb): Promise<boolean> {
  let answer = available.get(db);
  if (!answer) {
    answer = runRead(db, 'RETURN gds.version() AS version', {}).then(
      () => true,
      () => false,
    );
    available.set(db, answer);
  }
  return answer;
}

// The same selection as projection.ts, aggregated into a GDS graph instead of streamed to us.
const projectQuery = (types: readonly string[], filterKinds: boolean) => `
MATCH (a:Entity)-[r:${types.map((t) => MODEL.relationship(t).name).join('|')}]->(b:Entity)
WHERE a <> b AND ${visibleEdge('r')} AND ${visibleNode('a')} AND ${visibleNode('b')}
  ${filterKinds ? 'AND a.kind IN $kinds AND b.kind IN $kinds' : ''}
WITH gds.graph.project($name, a, b, {}, {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.nodeCount AS nodes`;

/**
 * Runs fn on a GDS graph of the selection (undirected, parallel links kept) and drops the graph after,
 * whatever happens. GDS refuses a projection its heap cannot hold; no other bound applies here.
 */
export async function withGdsGraph<T>(
  db: GraphDb,
  options: ProjectionOptions,
  fn: (name: string, nodes: number) => Promise<T>,
): Promise<T> {
  const name = `threadline-${randomUUID()}`;
  const filterKinds = options.kinds !== undefined && options.kinds.length < MODEL.kinds.length;
  try {
    const { records } = await runRead(
      db,
      projectQuery(options.types, filterKinds),
      { name, kinds: options.kinds ?? [] },
      PROJECTION_TIMEOUT_MS,
    );
    return await fn(name, num(records[0]?.get('nodes') ?? 0));
  } finally {
    await runRead(db, 'CALL gds.graph.drop($name, false) YIELD graphName RETURN graphName', { name });
  }
}
