// Community ids: the algorithm, the kinds projected and the smallest member id, so an id can be recomputed.
import { badInput } from '../errors/threadline-error.js';
import { checkKinds } from './limits.js';
import { COMMUNITY_ALGORITHMS, type CommunityAlgorithm } from './partition.js';

export interface CommunityKey {
  algorithm: CommunityAlgorithm;
  /** Sorted kinds of the projection; every kind when empty. */
  kinds: string[];
  /** The smallest member id: stable for a given graph, and a member to find the community by. */
  anchorId: string;
}

const ALL = '*';

/** e.g. `com:louvain:*:wrk_0a1b…` or `com:wcc:Address+Laptop:adr_…`. */
export function communityId({ algorithm, kinds, anchorId }: CommunityKey): string {
  return `com:${algorithm}:${kinds.length === 0 ? ALL : kinds.join('+')}:${anchorId}`;
}

export function parseCommunityId(id: string): CommunityKey {
  const [prefix, algorithm, kinds, anchorId, ...rest] = id.split(':');
  const valid =
    prefix === 'com' &&
    (COMMUNITY_ALGORITHMS as readonly string[]).includes(algorithm ?? '') &&
    kinds &&
    anchorId &&
    rest.length === 0;
  if (!valid) throw badInput(`"${id}" is not a community id`, [{ path: 'id', message: 'expected com:…' }]);
  return {
    algorithm: algorithm as CommunityAlgorithm,
    kinds: kinds === ALL ? [] : checkKinds(kinds.split('+')),
    anchorId,
  };
}
