// TypeScript mirrors of the GraphQL contract (docs/graphql-contract.md) for the fields the UI selects.

export type Flag =
  | 'sanctioned'
  | 'synthetic'
  | 'unverified'
  | 'victim'
  | 'retracted'
  | 'merged'
  | (string & {});

export interface GNode {
  id: string;
  kind: string;
  caption: string;
  grade?: string | null;
  flags: Flag[];
}

export interface GEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  caption: string;
  date?: string | null;
  amount?: number | null;
  currency?: string | null;
  confidence?: number | null;
  grade?: string | null;
  flags: Flag[];
}

export interface Graph {
  nodes: GNode[];
  edges: GEdge[];
}

export interface KindCount {
  kind: string;
  count: number;
}

export interface Neighborhood extends Graph {
  truncated: boolean;
  omitted: KindCount[];
  total: KindCount[];
}

export interface SearchHit {
  id: string;
  kind: string;
  caption: string;
  score: number;
  flags: Flag[];
}

export interface SourceRef {
  id: string;
  title: string;
  publisher: string;
  sourceType?: string | null;
  publishedOn?: string | null;
  url?: string | null;
  reliability?: string | null;
}

export interface TimelineEvent {
  date: string;
  edgeId: string;
  type: string;
  direction: string;
  other: GNode;
  amount?: number | null;
  currency?: string | null;
}

export interface RelationshipView {
  edge: GEdge;
  other: GNode;
  direction: string;
}

export interface Entity extends GNode {
  properties: Record<string, unknown>;
  masked: string[];
  sources: SourceRef[];
  relationships: RelationshipView[];
  timeline: TimelineEvent[];
}

export interface Path extends Graph {
  length: number;
}

export interface PathResult {
  paths: Path[];
  truncated: boolean;
}

export interface ClusterSummary {
  id: string;
  label: string;
  anchor?: GNode | null;
  counts: KindCount[];
  keyMembers: GNode[];
  memberCount: number;
  totalFlowUsd: number;
}

export interface Cluster extends Graph {
  summary: ClusterSummary;
  truncated: boolean;
}

export interface QueryParameter {
  name: string;
  type: string;
  default?: unknown;
  description: string;
  required: boolean;
}

export interface SavedQuery {
  name: string;
  title: string;
  description: string;
  shows: string;
  tags: string[];
  parameters: QueryParameter[];
  cypher: string;
}

export interface QueryResult {
  columns: string[];
  rows: Record<string, unknown>[] | unknown[];
  graph?: Graph | null;
  truncated: boolean;
  elapsedMs: number;
}

export interface InvestigationSummary {
  id: string;
  title: string;
  updatedAt: string;
  elementCount: number;
}

export interface Investigation {
  id: string;
  title: string;
  state: unknown;
  updatedAt: string;
  createdAt: string;
}
