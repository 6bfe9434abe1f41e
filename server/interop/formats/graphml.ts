// GraphML writer (Gephi, yEd, networkx): typed keys from the model, one <node>/<edge> per element.

import { captionOf } from '../caption.js';
import { type ExportGraph, kindOf, type TextSink } from '../element-types.js';
import { attributeText, EDGE_ATTRIBUTES, NODE_ATTRIBUTES } from '../export-attributes.js';
import { xml } from './xml.js';

function data(prefix: string, attrs: typeof NODE_ATTRIBUTES, values: Record<string, unknown>): string {
  return attrs
    .map((a, i) => {
      const text = attributeText(values[a.name]);
      return text === undefined ? '' : `<data key="${prefix}${i}">${xml(text)}</data>`;
    })
    .join('');
}

export async function writeGraphml(graph: ExportGraph, sink: TextSink) {
  await sink.write('<?xml version="1.0" encoding="UTF-8"?>\n');
  await sink.write('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n');
  for (const [i, a] of NODE_ATTRIBUTES.entries()) {
    await sink.write(`<key id="n${i}" for="node" attr.name="${a.name}" attr.type="${a.type}"/>\n`);
  }
  for (const [i, a] of EDGE_ATTRIBUTES.entries()) {
    await sink.write(`<key id="e${i}" for="edge" attr.name="${a.name}" attr.type="${a.type}"/>\n`);
  }
  await sink.write('<graph id="threadline" edgedefault="directed">\n');
  const counts = { nodes: 0, relationships: 0 };
  for await (const node of graph.nodes) {
    const values = { ...node.properties, kind: kindOf(node), caption: captionOf(node) };
    await sink.write(`<node id="${xml(node.ref)}">${data('n', NODE_ATTRIBUTES, values)}</node>\n`);
    counts.nodes += 1;
  }
  for await (const rel of graph.relationships) {
    const values = { ...rel.properties, type: rel.type };
    await sink.write(
      `<edge id="${xml(rel.ref)}" source="${xml(rel.from)}" target="${xml(rel.to)}">${data('e', EDGE_ATTRIBUTES, values)}</edge>\n`,
    );
    counts.relationships += 1;
  }
  await sink.write('</graph>\n</graphml>\n');
  return counts;
}
