// Cytoscape JSON (.cyjs): opens in Cytoscape desktop (File > Import > Network) and in Cytoscape.js.
import { captionOf } from '../caption.js';
import { type ExportGraph, kindOf, type TextSink } from '../element-types.js';

export async function writeCyjs(graph: ExportGraph, sink: TextSink) {
  await sink.write(
    '{"format_version":"1.0","generated_by":"threadline","target_cytoscapejs_version":"~3.30",',
  );
  await sink.write('"data":{"name":"Threadline export"},"elements":{"nodes":[\n');
  const counts = { nodes: 0, relationships: 0 };
  for await (const node of graph.nodes) {
    const data = { ...node.properties, id: node.ref, kind: kindOf(node), name: captionOf(node) };
    await sink.write(`${counts.nodes > 0 ? ',\n' : ''}${JSON.stringify({ data })}`);
    counts.nodes += 1;
  }
  await sink.write('\n],"edges":[\n');
  for await (const rel of graph.relationships) {
    // Cytoscape wants `source`/`target` in data, and an `interaction` column for the edge type.
    const data = { ...rel.properties, id: rel.ref, source: rel.from, target: rel.to, interaction: rel.type };
    await sink.write(`${counts.relationships > 0 ? ',\n' : ''}${JSON.stringify({ data })}`);
    counts.relationships += 1;
  }
  await sink.write('\n]}}\n');
  return counts;
}
