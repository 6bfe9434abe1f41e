// Summaries of detected communities: members ranked by degree in the projection, named, with their inflow.
import type { GraphDb } from '../runtime/graph-db.js';
import { communityId } from './community-id.js';
import { inflowUsd } from './flows.js';
import { readNodes } from './members.js';
import type { CommunityAlgorithm, Partitioned } from './partition.js';
import { buildSummary, KEY_MEMBERS, pickAnchor, rankByDegree } from './summary.js';
import type { ClusterSummaryView } from './types.js';

/** One summary per group, in order: two queries for all of them (nodes to show, money flowing in). */
export async function summariseCommunities(
  db: GraphDb,
  projected: Partitioned,
  groups: readonly string[][],
  key: { algorithm: CommunityAlgorithm; kinds: string[] },
  unmask: boolean,
): Promise<ClusterSummaryView[]> {
  const { kindOf, degreeOf } = projected;
  const picks = groups.map((members) => ({
    anchorId: pickAnchor(members, kindOf, degreeOf),
    keyMemberIds: rankByDegree(members, degreeOf).slice(0, KEY_MEMBERS),
  }));
  const ids = [...new Set(picks.flatMap((p) => [p.anchorId, ...p.keyMemberIds]))];
  const [nodes, flows] = await Promise.all([readNodes(db, ids, unmask), inflowUsd(db, groups)]);
  return groups.map((members, i) =>
    buildSummary({
      // Groups come sorted (partition.ts): the first member is the smallest id, which names the community.
      id: communityId({ ...key, anchorId: members[0] as string }),
      members,
      anchorId: picks[i]?.anchorId as string,
      keyMemberIds: picks[i]?.keyMemberIds ?? [],
      kindOf,
      nodes,
      noun: 'community',
      totalFlowUsd: flows[i] ?? 0,
    }),
  );
}
