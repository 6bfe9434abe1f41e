// The shapes of saved queries and their results, shared by the loader, the store, GraphQL and the CLI.
import type { Graph } from '../graphql/__generated__/resolvers-types.js';

/** Parameter types a query header may declare; `id` is an entity id, `kind` a kind name from the model. */
export const PARAMETER_TYPES = ['string', 'int', 'float', 'boolean', 'date', 'id', 'kind'] as const;
export type ParameterType = (typeof PARAMETER_TYPES)[number];

/** What the UI should show first: the rows, the graph, or both. */
export const SHOWS = ['table', 'graph', 'both'] as const;
export type Shows = (typeof SHOWS)[number];

export interface QueryParameter {
  name: string;
  type: ParameterType;
  description: string;
  required: boolean;
  default?: string | number | boolean | null;
  /** Bounds of an int or float parameter (e.g. hops), checked before the query runs. */
  min?: number;
  max?: number;
}

/** Everything a query header states, validated. */
export interface QueryHeader {
  name: string;
  title: string;
  description: string;
  parameters: QueryParameter[];
  shows: Shows;
  tags: string[];
}

/** A runnable query: from a file under cypher/queries (read-only) or stored in Neo4j by an analyst. */
export interface SavedQueryDef extends QueryHeader {
  cypher: string;
  source: 'file' | 'stored';
  version: number;
  /** The file it came from (file queries) or who saved this version (stored queries). */
  origin: string;
}

export interface QueryResultJson {
  columns: string[];
  rows: Record<string, unknown>[];
  /** Nodes and edges found anywhere in the rows, shaped like `neighborhood`; null when there are none. */
  graph: Graph | null;
  /** The row cap was reached: more rows exist. */
  truncated: boolean;
  elapsedMs: number;
}
