// Opens the elements of any scope for a writer: streamed for the whole graph, read at once for the rest.
import { ThreadlineError } from '../errors/threadline-error.js';
import type { GraphDb } from '../runtime/graph-db.js';
import type { ExportGraph } from './element-types.js';
import { maskedGraph } from './mask-export.js';
import { readGraph } from './read-graph.js';
import { readSubgraph } from './read-subgraph.js';
import type { ExportScope } from './scope/export-scope.js';
import { resolveScope } from './scope/resolve-scope.js';

export interface OpenExport {
  graph: ExportGraph;
  /** Element counts when known before writing (bounded scopes); the whole graph is counted on request. */
  size?: { nodes: number; relationships: number };
  truncated: boolean;
  close(): Promise<void>;
}

const COUNT_ENTITIES = `MATCH (n:Entity) WHERE NOT n:Merged AND coalesce(n.retracted, false) = false
RETURN count(n) AS n`;

/** Visible entities in the whole graph: enough to refuse an over-large in-memory export cheaply. */
export async function countEntities(db: GraphDb): Promise<number> {
  const { records } = await db.read(COUNT_ENTITIES);
  return Number(records[0]?.get('n') ?? 0);
}

export async function openExport(
  db: GraphDb,
  scope: ExportScope,
  options: { unmask: boolean },
): Promise<OpenExport> {
  if (scope.kind === 'all') {
    const reader = readGraph(db, 'entities');
    return { graph: maskedGraph(reader, options.unmask), truncated: false, close: () => reader.close() };
  }
  const subgraph = await resolveScope(db, scope, options);
  const elements = await readSubgraph(db, subgraph);
  return {
    graph: maskedGraph(elements, options.unmask),
    size: { nodes: elements.nodes.length, relationships: elements.relationships.length },
    truncated: subgraph.truncated,
    close: async () => {},
  };
}

/** Elements a GraphQL answer may carry; beyond it the HTTP download or the CLI streams the file. */
export function graphqlExportCap(): number {
  const value = Number.parseInt(process.env.THREADLINE_EXPORT_MAX_ELEMENTS ?? '', 10);
  return Number.isInteger(value) && value > 0 ? value : 25_000;
}

export function resultTooLarge(elements: number, cap: number): ThreadlineError {
  return new ThreadlineError(
    'RESULT_TOO_LARGE',
    `The export holds ${elements} elements, more than the ${cap} a GraphQL answer carries: ` +
      'download it from GET /export (HTTP, streamed) or run `threadline export` instead',
    [{ path: 'scope', message: `${elements} > ${cap}` }],
  );
}
