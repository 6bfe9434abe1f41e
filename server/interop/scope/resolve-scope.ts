// Turns a bounded scope into a subgraph with the functions the API already has (analysis, saved queries).
import { readCommunity } from '../../analysis/communities.js';
import { frontCompanyNetwork } from '../../analysis/front-company-network.js';
import { ANALYSIS_LIMITS } from '../../analysis/limits.js';
import { notFound } from '../../errors/threadline-error.js';
import { MAX_MAX_ROWS } from '../../queries/limits.js';
import { runSavedQuery } from '../../queries/saved-queries.js';
import type { GraphDb } from '../../runtime/graph-db.js';
import type { ExportScope } from './export-scope.js';
import { investigationSubgraph } from './investigation-subgraph.js';
import type { Subgraph } from './subgraph.js';

/** Clusters come whole up to the analysis ceiling (10,000 members), not the canvas default of 2,000. */
async function clusterSubgraph(db: GraphDb, id: string, unmask: boolean): Promise<Subgraph> {
  const limit = ANALYSIS_LIMITS.maxClusterLimit;
  const cluster = id.startsWith('com:')
    ? await readCommunity(db, id, { limit, unmask })
    : await frontCompanyNetwork(db, id, { limit, unmask });
  if (!cluster) throw notFound(`No community ${id}`, [{ path: 'scope.id', message: 'its anchor is gone' }]);
  return {
    nodeIds: cluster.nodes.map((n) => n.id),
    relationshipIds: cluster.edges.map((e) => e.id),
    truncated: cluster.truncated,
  };
}

/** The nodes and relationships a saved query's result holds (its graph part), at the highest row cap. */
async function querySubgraph(
  db: GraphDb,
  name: string,
  params: Record<string, unknown>,
  unmask: boolean,
): Promise<Subgraph> {
  const result = await runSavedQuery(db, name, params, { maxRows: MAX_MAX_ROWS, unmask });
  return {
    nodeIds: result.graph?.nodes.map((n) => n.id) ?? [],
    relationshipIds: result.graph?.edges.map((e) => e.id) ?? [],
    truncated: result.truncated,
  };
}

export function resolveScope(
  db: GraphDb,
  scope: Exclude<ExportScope, { kind: 'all' }>,
  options: { unmask: boolean },
): Promise<Subgraph> {
  switch (scope.kind) {
    case 'investigation':
      return investigationSubgraph(db, scope.id);
    case 'cluster':
      return clusterSubgraph(db, scope.id, options.unmask);
    case 'query':
      return querySubgraph(db, scope.name, scope.params, options.unmask);
  }
}
