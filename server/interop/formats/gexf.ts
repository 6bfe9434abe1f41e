// GEXF 1.2 writer for Gephi: attributes declared from the model, directed edges labelled by type.
// 1.2 rather than 1.3: most readers, networkx among them, know 1.2.

import { captionOf } from '../caption.js';
import { type ExportGraph, kindOf, type TextSink } from '../element-types.js';
import { attributeText, EDGE_ATTRIBUTES, NODE_ATTRIBUTES } from '../export-attributes.js';
import { xml } from './xml.js';

const GEXF_TYPE = { string: 'string', long: 'long', double: 'double', boolean: 'boolean' } as const;

function attvalues(attrs: typeof NODE_ATTRIBUTES, values: Record<string, unknown>): string {
  const items = attrs
    .map((a, i) => {
      const text = attributeText(values[a.name]);
      return text === undefined ? '' : `<attvalue for="${i}" value="${xml(text)}"/>`;
    })
    .join('');
  return items ? `<attvalues>${items}</attvalues>` : '';
}

export async function writeGexf(graph: ExportGraph, sink: TextSink) {
  await sink.write('<?xml version="1.0" encoding="UTF-8"?>\n');
  await sink.write('<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">\n');
  await sink.write(
    `<meta><creator>Threadline</creator></meta>\n<graph defaultedgetype="directed" mode="static">\n`,
  );
  for (const [cls, attrs] of [
    ['node', NODE_ATTRIBUTES],
    ['edge', EDGE_ATTRIBUTES],
  ] as const) {
    await sink.write(`<attributes class="${cls}">\n`);
    for (const [i, a] of attrs.entries()) {
      await sink.write(`<attribute id="${i}" title="${a.name}" type="${GEXF_TYPE[a.type]}"/>\n`);
    }
    await sink.write('</attributes>\n');
  }
  const counts = { nodes: 0, relationships: 0 };
  await sink.write('<nodes>\n');
  for await (const node of graph.nodes) {
    const values = { ...node.properties, kind: kindOf(node), caption: captionOf(node) };
    await sink.write(
      `<node id="${xml(node.ref)}" label="${xml(captionOf(node))}">${attvalues(NODE_ATTRIBUTES, values)}</node>\n`,
    );
    counts.nodes += 1;
  }
  await sink.write('</nodes>\n<edges>\n');
  for await (const rel of graph.relationships) {
    const values = { ...rel.properties, type: rel.type };
    await sink.write(
      `<edge id="${xml(rel.ref)}" source="${xml(rel.from)}" target="${xml(rel.to)}" label="${rel.type}">${attvalues(EDGE_ATTRIBUTES, values)}</edge>\n`,
    );
    counts.relationships += 1;
  }
  await sink.write('</edges>\n</graph>\n</gexf>\n');
  return counts;
}
