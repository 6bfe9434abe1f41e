// CSV export: one file of nodes and one of edges, columns from the model, RFC 4180 quoting.

import { captionOf } from '../caption.js';
import { type ExportGraph, kindOf, type TextSink } from '../element-types.js';
import { attributeText, EDGE_ATTRIBUTES, NODE_ATTRIBUTES } from '../export-attributes.js';

export function csvField(value: string | undefined): string {
  if (value === undefined) return '';
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const row = (fields: (string | undefined)[]): string => `${fields.map(csvField).join(',')}\r\n`;

export async function writeCsv(graph: ExportGraph, nodesSink: TextSink, edgesSink: TextSink) {
  const nodeColumns = NODE_ATTRIBUTES.map((a) => a.name).filter((n) => n !== 'id');
  const edgeColumns = EDGE_ATTRIBUTES.map((a) => a.name).filter((n) => n !== 'id');
  await nodesSink.write(row(['id', ...nodeColumns]));
  await edgesSink.write(row(['id', 'source', 'target', ...edgeColumns]));
  const counts = { nodes: 0, relationships: 0 };
  for await (const node of graph.nodes) {
    const values: Record<string, unknown> = {
      ...node.properties,
      kind: kindOf(node),
      caption: captionOf(node),
    };
    await nodesSink.write(row([node.ref, ...nodeColumns.map((c) => attributeText(values[c]))]));
    counts.nodes += 1;
  }
  for await (const rel of graph.relationships) {
    const values: Record<string, unknown> = { ...rel.properties, type: rel.type };
    await edgesSink.write(
      row([rel.ref, rel.from, rel.to, ...edgeColumns.map((c) => attributeText(values[c]))]),
    );
    counts.relationships += 1;
  }
  return counts;
}
