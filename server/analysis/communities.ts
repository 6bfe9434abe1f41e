// communities and community: detected clusters over a bounded projection, summarised like a network.
import { MODEL } from '../../model/index.js';
import type { GraphDb } from '../runtime/graph-db.js';
import { parseCommunityId } from './community-id.js';
import { summariseCommunities } from './community-summaries.js';
import { chooseEngine, type Engine } from './engine.js';
import { gdsPartition } from './gds-partition.js';
import { ANALYSIS_LIMITS, checkChoice, checkKinds, checkLimit } from './limits.js';
import { readInducedEdges, readNodes } from './members.js';
import { COMMUNITY_ALGORITHMS, type CommunityAlgorithm, partition } from './partition.js';
import { ALL_TYPES, INFRASTRUCTURE_TYPES, loadProjection } from './projection.js';
import { rankByDegree } from './summary.js';
import type { ClusterSummaryView, ClusterView } from './types.js';

export interface CommunitiesOptions {
  /** Defaults to "louvain". */
  algorithm?: string | null;
  /** Kinds projected (both ends of every link); every kind when empty. */
  kinds?: readonly string[] | null;
  /** Smallest community listed. Defaults to 3. */
  minSize?: number | null;
  /** Defaults to 20. */
  limit?: number | null;
  unmask: boolean;
  /** Forces an engine (tests); chosen by projection size otherwise (engine.ts). */
  engine?: Engine;
}

// WCC only follows shared infrastructure: over all links, employers and exchanges join everything into one.
const typesFor = (algorithm: CommunityAlgorithm) => (algorithm === 'wcc' ? INFRASTRUCTURE_TYPES : ALL_TYPES);

/** Sorted kinds, or [] for every kind, so one projection has one id whatever order the kinds came in. */
function kindsKey(kinds: readonly string[] | null | undefined): string[] {
  const checked = kinds && kinds.length > 0 ? checkKinds(kinds) : [];
  return checked.length === MODEL.kinds.length ? [] : checked;
}

async function project(db: GraphDb, algorithm: CommunityAlgorithm, kinds: string[], forced?: Engine) {
  const options = { types: typesFor(algorithm), kinds: kinds.length ? kinds : undefined };
  if ((await chooseEngine(db, options.types, forced)) === 'gds') return gdsPartition(db, algorithm, options);
  return partition(await loadProjection(db, options), algorithm);
}

/** The largest communities first (ties by smallest member id), each summarised. */
export async function listCommunities(
  db: GraphDb,
  options: CommunitiesOptions,
): Promise<ClusterSummaryView[]> {
  const algorithm = checkChoice('algorithm', options.algorithm ?? 'louvain', COMMUNITY_ALGORITHMS);
  const kinds = kindsKey(options.kinds);
  const minSize = checkLimit('minSize', options.minSize, 3, Number.MAX_SAFE_INTEGER);
  const limit = checkLimit('limit', options.limit, 20, ANALYSIS_LIMITS.maxListLimit);
  const projected = await project(db, algorithm, kinds, options.engine);
  const selected = projected.groups.filter((g) => g.length >= minSize).slice(0, limit);
  return summariseCommunities(db, projected, selected, { algorithm, kinds }, options.unmask);
}

/**
 * One community by id, recomputed on the current graph: the community holding the id's anchor member,
 * its best-connected `limit` members and the links among them. Null when the anchor is no longer there.
 */
export async function readCommunity(
  db: GraphDb,
  id: string,
  options: { limit?: number | null; unmask: boolean; engine?: Engine },
): Promise<ClusterView | null> {
  const key = parseCommunityId(id);
  const limit = checkLimit('limit', options.limit, 2000, ANALYSIS_LIMITS.maxClusterLimit);
  const projected = await project(db, key.algorithm, key.kinds, options.engine);
  const members = projected.groups.find((g) => g.includes(key.anchorId));
  if (!members) return null;
  const shown = rankByDegree(members, projected.degreeOf).slice(0, limit);
  const [[summary], nodes, induced] = await Promise.all([
    summariseCommunities(db, projected, [members], key, options.unmask),
    readNodes(db, shown, options.unmask),
    readInducedEdges(db, shown, limit * 5),
  ]);
  return {
    summary: summary as ClusterSummaryView,
    nodes: shown.flatMap((m) => nodes.get(m) ?? []),
    edges: induced.edges,
    truncated: shown.length < members.length || induced.truncated,
  };
}
