// Threadline JSON Lines: the lossless format of backups and full exports, one element per line.
import type { ExportGraph, ExportNode, ExportRelationship, TextSink } from './element-types.js';

export const JSONL_FORMAT = 'threadline-jsonl';
export const JSONL_VERSION = 1;

export interface JsonlHeader {
  format: typeof JSONL_FORMAT;
  version: number;
  exportedAt: string;
  scope: 'all' | 'entities';
}

export type JsonlLine = ({ t: 'node' } & ExportNode) | ({ t: 'rel' } & ExportRelationship);

export interface JsonlCounts {
  nodes: number;
  relationships: number;
}

/** Writes the header, every node, then every relationship (restore relies on that order). */
export async function writeJsonl(
  graph: ExportGraph,
  sink: TextSink,
  scope: JsonlHeader['scope'],
): Promise<JsonlCounts> {
  const header: JsonlHeader = {
    format: JSONL_FORMAT,
    version: JSONL_VERSION,
    exportedAt: new Date().toISOString(),
    scope,
  };
  await sink.write(`${JSON.stringify(header)}\n`);
  const counts = { nodes: 0, relationships: 0 };
  for await (const node of graph.nodes) {
    await sink.write(`${JSON.stringify({ t: 'node', ...node })}\n`);
    counts.nodes += 1;
  }
  for await (const rel of graph.relationships) {
    await sink.write(`${JSON.stringify({ t: 'rel', ...rel })}\n`);
    counts.relationships += 1;
  }
  return counts;
}
