// Exports show what the caller may see: victims' personal properties masked, derived search text dropped.
import { maskProperties } from '../read/privacy.js';
import { type ExportGraph, type ExportNode, type ExportValue, kindOf } from './element-types.js';

/** Internal index text; it repeats names (a victim's too) and every import derives it again. */
const DERIVED = ['searchText'];

export function maskNode(node: ExportNode, unmask: boolean): ExportNode {
  const { properties } = maskProperties(kindOf(node), node.properties, unmask);
  const kept = Object.entries(properties).filter(([k]) => !DERIVED.includes(k));
  return { ...node, properties: Object.fromEntries(kept) as Record<string, ExportValue> };
}

async function* mapNodes(nodes: ExportGraph['nodes'], unmask: boolean) {
  for await (const node of nodes) yield maskNode(node, unmask);
}

/** The same graph, its nodes masked for this caller as they stream by. */
export function maskedGraph(graph: ExportGraph, unmask: boolean): ExportGraph {
  return { nodes: mapNodes(graph.nodes, unmask), relationships: graph.relationships };
}
