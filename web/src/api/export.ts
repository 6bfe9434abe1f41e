// Exports of a saved investigation, a cluster, a saved query's result or the whole graph as files:
// bounded scopes through the typed exportGraph query, the whole graph (or anything too large) via GET /export.
import { graphql } from './__generated__/gql.js';
import type { ExportFormat, ExportScopeInput } from './__generated__/graphql.js';
import { GraphQLRequestError, gql } from './client.js';

export type { ExportFormat } from './__generated__/graphql.js';

export const EXPORT_FORMATS: readonly { format: ExportFormat; label: string }[] = [
  { format: 'graphml', label: 'GraphML' },
  { format: 'gexf', label: 'GEXF' },
  { format: 'cyjs', label: 'Cytoscape' },
  { format: 'csv', label: 'CSV' },
  { format: 'jsonl', label: 'JSON Lines' },
];

/**
 * The generated ExportScopeInput (kind; investigation, front company or community id; saved query name and
 * parameters), with the id the UI always has as a string and the parameters as an object for the GET /export URL.
 */
export type ExportScope = Omit<ExportScopeInput, 'id' | 'params'> & {
  id?: string;
  params?: Record<string, unknown>;
};

const ExportGraphQuery = graphql(`
  query ExportGraph($format: ExportFormat!, $scope: ExportScopeInput!) {
    exportGraph(format: $format, scope: $scope) {
      filename
      mediaType
      content
      nodeCount
      edgeCount
      truncated
      edgeFile {
        filename
        mediaType
        content
      }
    }
  }
`);

/** The streamed download's address; CSV is two files, `part` picks one. */
export function exportHref(format: ExportFormat, scope: ExportScope, part?: 'nodes' | 'edges'): string {
  const query = new URLSearchParams({ format, scope: scope.kind });
  if (scope.id) query.set('id', scope.id);
  if (scope.name) query.set('name', scope.name);
  if (scope.params && Object.keys(scope.params).length > 0) query.set('params', JSON.stringify(scope.params));
  if (part) query.set('part', part);
  return `/export?${query}`;
}

function clickDownload(href: string, filename: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
}

/** Lets the browser stream the file (the session cookie goes along): any size, no copy in page memory. */
function downloadStreamed(format: ExportFormat, scope: ExportScope): void {
  if (format === 'csv') {
    clickDownload(exportHref(format, scope, 'nodes'), '');
    clickDownload(exportHref(format, scope, 'edges'), '');
  } else {
    clickDownload(exportHref(format, scope), '');
  }
}

export interface ExportSummary {
  files: string[];
  nodes: number;
  edges: number;
  truncated: boolean;
  /** The export went through GET /export (the whole graph, or more than a GraphQL answer carries). */
  streamed: boolean;
}

/** Downloads the scope in the format; the result says what was written (counts unknown when streamed). */
export async function downloadExport(format: ExportFormat, scope: ExportScope): Promise<ExportSummary> {
  const streamed: ExportSummary = { files: [], nodes: 0, edges: 0, truncated: false, streamed: true };
  if (scope.kind === 'all') {
    downloadStreamed(format, scope);
    return streamed;
  }
  try {
    const { exportGraph: file } = await gql(ExportGraphQuery, { format, scope });
    const parts = [file, ...(file.edgeFile ? [file.edgeFile] : [])];
    for (const part of parts) {
      const url = URL.createObjectURL(new Blob([part.content], { type: part.mediaType }));
      clickDownload(url, part.filename);
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    }
    return {
      files: parts.map((p) => p.filename),
      nodes: file.nodeCount,
      edges: file.edgeCount,
      truncated: file.truncated,
      streamed: false,
    };
  } catch (error) {
    if (!(error instanceof GraphQLRequestError) || error.code !== 'RESULT_TOO_LARGE') throw error;
    downloadStreamed(format, scope);
    return streamed;
  }
}
