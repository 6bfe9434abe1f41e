// Pure analysis pieces: components, seeded Louvain, community ids, summaries and the network rules.
import { describe, expect, it } from 'vitest';
import { communityId, parseCommunityId } from '../../server/analysis/community-id.js';
import { Graph } from '../../server/analysis/graphology.js';
import { scoreGraph } from '../../server/analysis/graphology-scores.js';
import { NETWORK_RULES, ruleProblems } from '../../server/analysis/network-rules.js';
import { connectedComponents, partition } from '../../server/analysis/partition.js';
import { seededRng } from '../../server/analysis/rng.js';
import { countKinds, pickAnchor, rankByDegree } from '../../server/analysis/summary.js';
import { ThreadlineError } from '../../server/errors/threadline-error.js';

/** Two 5-cliques (a*, b*) joined by one bridge a0–b0, plus an isolated pair. */
function twoCliques() {
  const graph = new Graph({ type: 'undirected' });
  for (const side of ['a', 'b']) {
    for (let i = 0; i < 5; i++)
      for (let j = i + 1; j < 5; j++) graph.mergeEdge(`${side}${i}`, `${side}${j}`, { weight: 1 });
  }
  graph.mergeEdge('a0', 'b0', { weight: 1 });
  graph.mergeEdge('x', 'y', { weight: 1 });
  return graph;
}

describe('partition', () => {
  it('finds connected components', () => {
    const sizes = connectedComponents(twoCliques())
      .map((c) => c.length)
      .sort();
    expect(sizes).toEqual([10, 2]);
  });

  it('splits the cliques with Louvain, the same way every time, largest first then by smallest id', () => {
    const first = partition(twoCliques(), 'louvain').groups;
    expect(first).toEqual([
      ['a0', 'a1', 'a2', 'a3', 'a4'],
      ['b0', 'b1', 'b2', 'b3', 'b4'],
      ['x', 'y'],
    ]);
    expect(partition(twoCliques(), 'louvain').groups).toEqual(first);
    expect(partition(twoCliques(), 'wcc').groups[0]).toHaveLength(10);
  });

  it('draws the same numbers from the same seed', () => {
    const a = seededRng(7);
    const b = seededRng(7);
    const draws = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(draws);
    expect(draws.every((d) => d >= 0 && d < 1)).toBe(true);
  });
});

describe('community ids', () => {
  it('round-trip the algorithm, the kinds and the anchor', () => {
    const key = { algorithm: 'wcc' as const, kinds: ['Address', 'Laptop'], anchorId: 'adr_1' };
    expect(communityId(key)).toBe('com:wcc:Address+Laptop:adr_1');
    expect(parseCommunityId(communityId(key))).toEqual(key);
    expect(parseCommunityId('com:louvain:*:wrk_9')).toEqual({
      algorithm: 'louvain',
      kinds: [],
      anchorId: 'wrk_9',
    });
  });

  it('refuse anything else with BAD_USER_INPUT', () => {
    for (const bad of ['wrk_1', 'com:magic:*:x', 'com:wcc:Planet:x', 'com:wcc:*:']) {
      expect(() => parseCommunityId(bad)).toThrow(ThreadlineError);
    }
  });
});

describe('summaries', () => {
  const kinds: Record<string, string> = {
    w: 'Worker',
    a: 'Address',
    f: 'Facilitator',
    l: 'Laptop',
    m: 'Laptop',
  };
  const degree: Record<string, number> = { w: 1, a: 9, f: 2, l: 2, m: 2 };
  const members = Object.keys(kinds);

  it('ranks by degree, ties by id, and names a cluster by its best-connected organisation or person', () => {
    expect(rankByDegree(members, (id) => degree[id] ?? 0)).toEqual(['a', 'f', 'l', 'm', 'w']);
    expect(
      pickAnchor(
        members,
        (id) => kinds[id] ?? '',
        (id) => degree[id] ?? 0,
      ),
    ).toBe('f');
    expect(
      pickAnchor(
        ['a', 'l'],
        (id) => kinds[id] ?? '',
        (id) => degree[id] ?? 0,
      ),
    ).toBe('a');
  });

  it('counts kinds, largest first', () => {
    expect(countKinds(members, (id) => kinds[id] ?? '')).toEqual([
      { kind: 'Laptop', count: 2 },
      { kind: 'Address', count: 1 },
      { kind: 'Facilitator', count: 1 },
      { kind: 'Worker', count: 1 },
    ]);
  });
});

describe('network rules', () => {
  it('are links the model allows, in their direction', () => {
    expect(ruleProblems()).toEqual([]);
    expect(ruleProblems({ Laptop: [{ type: 'HOSTS', direction: 'out', kinds: ['Facilitator'] }] })).toEqual([
      'Laptop: Laptop -HOSTS-> Facilitator',
    ]);
  });

  it('never expand from shared infrastructure or to employers', () => {
    for (const kind of ['Address', 'Wallet', 'Account', 'PhoneNumber', 'Employer']) {
      expect(NETWORK_RULES[kind as keyof typeof NETWORK_RULES]).toBeUndefined();
    }
    const reached = Object.values(NETWORK_RULES).flatMap((steps) => steps?.flatMap((s) => s.kinds) ?? []);
    expect(reached).not.toContain('Employer');
    expect(NETWORK_RULES.Facilitator?.map((s) => s.type)).not.toContain('HOSTS');
  });
});

describe('scoreGraph', () => {
  it('ranks nothing, without an error, on an empty projection', () => {
    const empty = new Graph({ type: 'undirected' });
    expect(scoreGraph(empty, 'pagerank')).toEqual({});
    expect(scoreGraph(empty, 'betweenness')).toEqual({});
  });

  it('ranks every node by PageRank and puts a bridge end first by betweenness', () => {
    const graph = twoCliques();
    const ranks = scoreGraph(graph, 'pagerank');
    expect(Object.keys(ranks)).toHaveLength(graph.order);
    const between = scoreGraph(graph, 'betweenness');
    const top = Object.entries(between).sort(([, x], [, y]) => y - x)[0]?.[0];
    expect(['a0', 'b0']).toContain(top);
  });
});
