// File names and media types of exports, one vocabulary for GraphQL, HTTP and the CLI.
import type { ExportFormat } from './export-graph.js';
import { FILE_EXTENSIONS } from './export-graph.js';

export const MEDIA_TYPES: Record<ExportFormat, string> = {
  jsonl: 'application/x-ndjson',
  graphml: 'application/graphml+xml',
  gexf: 'application/gexf+xml',
  cyjs: 'application/json',
  csv: 'text/csv',
};

/** CSV comes as two files: the nodes and the edges. */
export type CsvPart = 'nodes' | 'edges';

/** `threadline-network-frc_1a2b.graphml`, or `threadline-…-nodes.csv` / `-edges.csv`. */
export function exportFilename(format: ExportFormat, slug: string, part: CsvPart = 'nodes'): string {
  return format === 'csv' ? `threadline-${slug}-${part}.csv` : `threadline-${slug}${FILE_EXTENSIONS[format]}`;
}
