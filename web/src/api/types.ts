// The shapes the UI works with: the generated operation types (web/src/api/__generated__, from the operations
// in this folder and schema.graphql), named for the UI. Only Flag is written by hand.
import type {
  ClusterFieldsFragment,
  EdgeFieldsFragment,
  EntityQuery,
  InvestigationQuery,
  InvestigationsQuery,
  NeighborhoodQuery,
  NodeFieldsFragment,
  PathsQuery,
  ResultFieldsFragment,
  SavedQueriesQuery,
  SearchQuery,
  SummaryFieldsFragment,
} from './__generated__/graphql.js';

/** Flags the server sets (flags ⊆ these); the schema types them as plain strings. */
export type Flag =
  | 'sanctioned'
  | 'synthetic'
  | 'unverified'
  | 'victim'
  | 'retracted'
  | 'merged'
  | (string & {});

/** A canvas node; grade may be absent (a search hit becomes a node before its grade is read). */
export type GNode = Omit<NodeFieldsFragment, 'grade'> & { grade?: string | null };
export type GEdge = EdgeFieldsFragment;

export interface Graph {
  nodes: GNode[];
  edges: GEdge[];
}

export type Neighborhood = NeighborhoodQuery['neighborhood'];
export type KindCount = Neighborhood['total'][number];
export type SearchHit = SearchQuery['search'][number];
/** `properties` is the JSON scalar: an object of the entity's properties. */
export type Entity = Omit<NonNullable<EntityQuery['entity']>, 'properties'> & {
  properties: Record<string, unknown>;
};
export type SourceRef = Entity['sources'][number];
export type TimelineEvent = Entity['timeline'][number];
export type RelationshipView = Entity['relationships'][number];
export type PathResult = PathsQuery['paths'];
export type Path = PathResult['paths'][number];
export type ClusterSummary = SummaryFieldsFragment;
export type Cluster = ClusterFieldsFragment;
export type SavedQuery = SavedQueriesQuery['savedQueries'][number];
/** `default` may be absent when a parameter has none (forms build these too). */
export type QueryParameter = Omit<SavedQuery['parameters'][number], 'default'> & { default?: unknown };
export type QueryResult = ResultFieldsFragment;
export type InvestigationSummary = InvestigationsQuery['investigations'][number];
export type Investigation = NonNullable<InvestigationQuery['investigation']>;
