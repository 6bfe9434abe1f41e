// Splits a projection into communities: weakly connected components, or Louvain with a fixed seed.
import type { AbstractGraph } from './graphology.js';
import { louvain } from './graphology.js';
import { seededRng } from './rng.js';

export const COMMUNITY_ALGORITHMS = ['wcc', 'louvain'] as const;
export type CommunityAlgorithm = (typeof COMMUNITY_ALGORITHMS)[number];

/** Connected components by breadth-first search (the projection is undirected, so weakly connected). */
export function connectedComponents(graph: AbstractGraph): string[][] {
  const seen = new Set<string>();
  const components: string[][] = [];
  graph.forEachNode((start) => {
    if (seen.has(start)) return;
    seen.add(start);
    const members = [start];
    for (let i = 0; i < members.length; i++) {
      graph.forEachNeighbor(members[i] as string, (next) => {
        if (seen.has(next)) return;
        seen.add(next);
        members.push(next);
      });
    }
    components.push(members);
  });
  return components;
}

/** Louvain communities, weighted by the number of relationships between two nodes. */
export function louvainCommunities(graph: AbstractGraph, seed?: number): string[][] {
  if (graph.size === 0) return graph.nodes().map((id) => [id]);
  const mapping = louvain(graph, { rng: seededRng(seed), getEdgeWeight: 'weight' });
  const groups = new Map<number, string[]>();
  for (const [id, community] of Object.entries(mapping)) {
    const group = groups.get(community);
    if (group) group.push(id);
    else groups.set(community, [id]);
  }
  return [...groups.values()];
}

/** A partition with what summaries need from the projection it came from (graphology or GDS). */
export interface Partitioned {
  /** Sorted members, largest group first, ties by smallest member id. */
  groups: string[][];
  kindOf(id: string): string;
  /** Links in the projection (graphology: distinct neighbours; GDS: relationships). */
  degreeOf(id: string): number;
}

/**
 * Sorts members and groups: the same graph always gives the same list, and each community is named by
 * its smallest member (community-id.ts).
 */
export function sortGroups(groups: string[][]): string[][] {
  for (const group of groups) group.sort();
  return groups.sort((a, b) => b.length - a.length || ((a[0] as string) < (b[0] as string) ? -1 : 1));
}

export function partition(graph: AbstractGraph, algorithm: CommunityAlgorithm): Partitioned {
  const groups = algorithm === 'wcc' ? connectedComponents(graph) : louvainCommunities(graph);
  return {
    groups: sortGroups(groups),
    kindOf: (id) => graph.getNodeAttribute(id, 'kind') as string,
    degreeOf: (id) => graph.degree(id),
  };
}
