// frontCompanyNetwork: the organisation around a front company, breadth-first by NETWORK_RULES.
import { badInput, notFound } from '../errors/threadline-error.js';
import type { GraphDb } from '../runtime/graph-db.js';
import { inflowUsd } from './flows.js';
import { ANALYSIS_LIMITS, checkLimit } from './limits.js';
import { readInducedEdges, readNodes } from './members.js';
import { collectMembers } from './network-hops.js';
import { buildSummary, KEY_MEMBERS, rankByDegree } from './summary.js';
import type { ClusterView } from './types.js';

/**
 * A front company's network (NETWORK_RULES), at most `limit` nodes, nearest hops first; the links among
 * them (all types); a summary whose inflow counts money from outside the network, employers' pay included.
 */
export async function frontCompanyNetwork(
  db: GraphDb,
  id: string,
  options: { limit?: number | null; unmask: boolean },
): Promise<ClusterView> {
  const limit = checkLimit('limit', options.limit, 2000, ANALYSIS_LIMITS.maxClusterLimit);
  const anchor = (await readNodes(db, [id], options.unmask)).get(id);
  if (!anchor || anchor.flags.includes('merged') || anchor.flags.includes('retracted')) {
    throw notFound(`No front company ${id}`, [{ path: 'id', message: 'not found, merged or retracted' }]);
  }
  if (anchor.kind !== 'FrontCompany') {
    throw badInput(`${id} is a ${anchor.kind}, not a FrontCompany`, [{ path: 'id', message: anchor.kind }]);
  }
  const { members, truncated } = await collectMembers(db, anchor, limit, options.unmask);
  const ids = [...members.keys()];
  const [induced, [flow]] = await Promise.all([readInducedEdges(db, ids, limit * 5), inflowUsd(db, [ids])]);
  const degree = new Map<string, number>();
  for (const edge of induced.edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  const others = ids.filter((m) => m !== id);
  const summary = buildSummary({
    id,
    members: ids,
    anchorId: id,
    keyMemberIds: rankByDegree(others, (m) => degree.get(m) ?? 0).slice(0, KEY_MEMBERS),
    kindOf: (m) => members.get(m)?.kind as string,
    nodes: members,
    noun: 'network',
    totalFlowUsd: flow ?? 0,
  });
  return {
    summary,
    nodes: [...members.values()],
    edges: induced.edges,
    truncated: truncated || induced.truncated,
  };
}
