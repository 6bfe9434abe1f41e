// A cluster's summary: counts by kind, its best-connected members, the member that names it, its inflow.
import type { Kind, KindCount, Node } from '../graphql/__generated__/resolvers-types.js';
import type { ClusterSummaryView } from './types.js';

/** How many key members a summary lists. */
export const KEY_MEMBERS = 5;

// Who names a community: the organisation or person running it reads better than a wallet address.
const NAMING_KINDS = ['FrontCompany', 'Organization', 'Facilitator', 'Worker', 'Person'];

type Of<T> = (id: string) => T;

/** Most connected first, ties by id, so the same graph always lists the same members. */
export function rankByDegree(members: readonly string[], degreeOf: Of<number>): string[] {
  return [...members].sort((a, b) => degreeOf(b) - degreeOf(a) || (a < b ? -1 : 1));
}

/** The best-connected member of the first naming kind present, else the best-connected member. */
export function pickAnchor(members: readonly string[], kindOf: Of<string>, degreeOf: Of<number>): string {
  const ranked = rankByDegree(members, degreeOf);
  for (const kind of NAMING_KINDS) {
    const found = ranked.find((id) => kindOf(id) === kind);
    if (found) return found;
  }
  return ranked[0] as string;
}

export function countKinds(members: readonly string[], kindOf: Of<string>): KindCount[] {
  const counts = new Map<string, number>();
  for (const id of members) counts.set(kindOf(id), (counts.get(kindOf(id)) ?? 0) + 1);
  return [...counts.entries()]
    .map(([kind, count]) => ({ kind: kind as Kind, count }))
    .sort((a, b) => b.count - a.count || (a.kind < b.kind ? -1 : 1));
}

export interface SummaryParts {
  id: string;
  members: readonly string[];
  anchorId: string;
  keyMemberIds: readonly string[];
  kindOf: Of<string>;
  nodes: ReadonlyMap<string, Node>;
  /** "network" for a front company, "community" for a detected community. */
  noun: string;
  totalFlowUsd: number;
}

export function buildSummary(parts: SummaryParts): ClusterSummaryView {
  const anchor = parts.nodes.get(parts.anchorId) ?? null;
  return {
    id: parts.id,
    label: `${anchor?.caption ?? parts.anchorId} ${parts.noun}`,
    anchor,
    counts: countKinds(parts.members, parts.kindOf),
    keyMembers: parts.keyMemberIds.flatMap((id) => parts.nodes.get(id) ?? []),
    memberCount: parts.members.length,
    totalFlowUsd: parts.totalFlowUsd,
  };
}
