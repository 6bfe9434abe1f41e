// The cluster layout for big arrivals: communities found, every node placed once, apart, deterministically.
import { describe, expect, it } from 'vitest';
import { clusterLayout, communities } from '../../web/src/graph/cluster-layout.js';

function clique(prefix: string, size: number) {
  const nodes = Array.from({ length: size }, (_, i) => `${prefix}${i}`);
  const edges = nodes.flatMap((a, i) => nodes.slice(i + 1).map((b) => ({ source: a, target: b })));
  return { nodes, edges };
}

describe('cluster layout', () => {
  const a = clique('a', 8);
  const b = clique('b', 5);
  const graph = {
    nodes: [...a.nodes, ...b.nodes, 'lonely'],
    edges: [...a.edges, ...b.edges, { source: 'a0', target: 'b0' }],
  };

  it('finds the two cliques and the isolated node as communities, biggest first', () => {
    const found = communities(graph).map((c) => [...c].sort());
    expect(found).toEqual([[...a.nodes].sort(), [...b.nodes].sort(), ['lonely']]);
  });

  it('places every node once, no two on the same spot, members of a community near each other', () => {
    const p = clusterLayout(graph, { x: 100, y: 50 });
    expect(Object.keys(p).sort()).toEqual([...graph.nodes].sort());
    const spots = new Set(Object.values(p).map((q) => `${Math.round(q.x)},${Math.round(q.y)}`));
    expect(spots.size).toBe(graph.nodes.length);
    const dist = (u: string, v: string) =>
      Math.hypot((p[u]?.x ?? 0) - (p[v]?.x ?? 0), (p[u]?.y ?? 0) - (p[v]?.y ?? 0));
    expect(dist('a1', 'a2')).toBeLessThan(dist('a1', 'b1'));
  });

  it('gives the same positions for the same graph', () => {
    expect(clusterLayout(graph)).toEqual(clusterLayout(graph));
  });
});
