// Contract nodes and edges → Cytoscape element definitions; flags become classes, data stays as served.
import type { ElementDefinition } from 'cytoscape';
import type { GEdge, GNode, Graph } from '../api/types.js';

export function flagClasses(flags: readonly string[]): string[] {
  return flags.map((f) => `flag-${f}`);
}

export function nodeElement(n: GNode, parent?: string): ElementDefinition {
  return {
    group: 'nodes',
    data: {
      id: n.id,
      kind: n.kind,
      label: n.caption,
      grade: n.grade ?? null,
      flags: n.flags,
      ...(parent ? { parent } : {}),
    },
    classes: flagClasses(n.flags),
  };
}

export function edgeElement(e: GEdge): ElementDefinition {
  const data: Record<string, unknown> = {
    id: e.id,
    type: e.type,
    source: e.source,
    target: e.target,
    label: e.caption || e.type,
    flags: e.flags,
  };
  // Only present values go in, so selectors such as edge[amount] and the filters see "unknown" as absent.
  for (const key of ['date', 'amount', 'currency', 'confidence', 'grade'] as const) {
    if (e[key] != null) data[key] = e[key];
  }
  return { group: 'edges', data: data as ElementDefinition['data'], classes: flagClasses(e.flags) };
}

export function graphElements(g: Graph, parent?: string): ElementDefinition[] {
  return [...g.nodes.map((n) => nodeElement(n, parent)), ...g.edges.map(edgeElement)];
}
