// One entry point for every export format: the format name picks the writer.
import type { ExportGraph, TextSink } from './element-types.js';
import { writeCsv } from './formats/csv.js';
import { writeCyjs } from './formats/cyjs.js';
import { writeGexf } from './formats/gexf.js';
import { writeGraphml } from './formats/graphml.js';
import { writeJsonl } from './jsonl-format.js';

export const EXPORT_FORMATS = ['jsonl', 'graphml', 'gexf', 'cyjs', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const FILE_EXTENSIONS: Record<ExportFormat, string> = {
  jsonl: '.jsonl',
  graphml: '.graphml',
  gexf: '.gexf',
  cyjs: '.cyjs',
  csv: '.csv',
};

/** Writes `graph` in `format`; CSV needs a second sink for edges. */
export function exportGraph(format: ExportFormat, graph: ExportGraph, sink: TextSink, edgesSink?: TextSink) {
  switch (format) {
    case 'jsonl':
      return writeJsonl(graph, sink, 'entities');
    case 'graphml':
      return writeGraphml(graph, sink);
    case 'gexf':
      return writeGexf(graph, sink);
    case 'cyjs':
      return writeCyjs(graph, sink);
    case 'csv':
      if (!edgesSink) throw new Error('CSV export needs a sink for edges');
      return writeCsv(graph, sink, edgesSink);
  }
}
