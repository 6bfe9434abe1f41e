/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** jsonl: Threadline JSON Lines (re-importable); graphml (Gephi, yEd, networkx); gexf (Gephi); cyjs: Cytoscape JSON; csv: nodes and edges files. */
export type ExportFormat =
  | 'csv'
  | 'cyjs'
  | 'gexf'
  | 'graphml'
  | 'jsonl';

export type ExportScopeInput = {
  /** The investigation id, or for a cluster the front company's id or the community id. */
  id?: string | number | null | undefined;
  kind: ExportScopeKind;
  /** The saved query's name (kind query). */
  name?: string | null | undefined;
  /** The saved query's parameters (kind query). */
  params?: unknown;
};

/** all: every visible entity (refused with RESULT_TOO_LARGE above the cap); investigation: a saved canvas; cluster: a front company's network or a community (com:…); query: a saved query's result graph. */
export type ExportScopeKind =
  | 'all'
  | 'cluster'
  | 'investigation'
  | 'query';

/** Entity kinds, from the model */
export type Kind =
  /** An email, freelance-platform, payment or code-hosting account */
  | 'Account'
  /** A postal address, normalised so that one place is one node */
  | 'Address'
  /** An aircraft, as sanctions lists name them */
  | 'Aircraft'
  /** An internet domain, e.g. a front-company website */
  | 'Domain'
  /** A company that hired a persona: usually a victim of the scheme */
  | 'Employer'
  /** A person abroad who hosts laptops, launders money or sells accounts */
  | 'Facilitator'
  /** A company that runs IT workers for the regime (Yanbian Silverstar, Volasys Silver Star) */
  | 'FrontCompany'
  /** A persona used to get hired: stolen (a victim), borrowed or fabricated */
  | 'Identity'
  /** An employer-issued device, often hosted in a laptop farm */
  | 'Laptop'
  /** Any other organisation: a bank, a trading company, a government body */
  | 'Organization'
  /** Any other individual, e.g. a sanctioned person who is neither worker nor facilitator */
  | 'Person'
  /** A telephone number in international form */
  | 'PhoneNumber'
  /** One entry on a sanctions list, with the programs it falls under */
  | 'Sanction'
  /** Where facts come from: an indictment, a press release, a news report, a list */
  | 'Source'
  /** A ship, as sanctions lists name them */
  | 'Vessel'
  /** A cryptocurrency address on one network */
  | 'Wallet'
  /** A North Korean IT worker: the real person behind one or more personas */
  | 'Worker';

/** Relationship types, from the model */
export type RelationshipType =
  /** A laptop was issued for a persona */
  | 'ASSIGNED_TO'
  /** An actor controls a wallet or an account */
  | 'CONTROLS'
  /** A worker works for a front company */
  | 'EMPLOYED_BY'
  /** A persona holds an account (email, freelance platform, payment) */
  | 'HAS_ACCOUNT'
  /** A person or persona uses a phone number */
  | 'HAS_PHONE'
  /** A persona was hired by an employer */
  | 'HIRED_BY'
  /** A facilitator keeps a laptop running for a remote worker */
  | 'HOSTS'
  /** An employer issued a laptop to a persona it hired */
  | 'ISSUED'
  /** A documented link without a more specific type (e.g. "Linked To:" on a sanctions list) */
  | 'LINKED_TO'
  /** An organisation is registered or operates at an address */
  | 'LOCATED_AT'
  /** A person leads, manages or represents an organisation */
  | 'OFFICER_OF'
  /** An actor operates a website or domain */
  | 'OPERATES'
  /** An employer paid salary into an account or wallet */
  | 'PAID'
  /** A person or persona lives or claims to live at an address */
  | 'RESIDES_AT'
  /** An entity is listed under a sanctions entry */
  | 'SANCTIONED_UNDER'
  /** A laptop was shipped to an address */
  | 'SHIPPED_TO'
  /** Funds moved from one wallet or account to another */
  | 'TRANSFERRED_TO'
  /** A worker operates a persona or an account */
  | 'USES';

export type UnmaskMutationVariables = Exact<{
  id: string | number;
  purpose: string;
}>;


export type UnmaskMutation = { unmaskEntity: { id: string, kind: Kind, caption: string, properties: unknown, unmasked: Array<string>, purpose: string } };

export type FrontCompanyNetworkQueryVariables = Exact<{
  id: string | number;
  limit?: number | null | undefined;
}>;


export type FrontCompanyNetworkQuery = { frontCompanyNetwork: { truncated: boolean, summary: { id: string, label: string, memberCount: number, totalFlowUsd: number, anchor: { id: string, kind: Kind, caption: string, grade: string | null, flags: Array<string> } | null, counts: Array<{ kind: Kind, count: number }>, keyMembers: Array<{ id: string, kind: Kind, caption: string, grade: string | null, flags: Array<string> }> }, nodes: Array<{ id: string, kind: Kind, caption: string, grade: string | null, flags: Array<string> }>, edges: Array<{ id: string, type: RelationshipType, source: string, target: string, caption: string, date: string | null, amount: number | null, currency: string | null, confidence: number | null, grade: string | null, flags: Array<string> }> } };

export type CommunitiesQueryVariables = Exact<{
  minSize?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type CommunitiesQuery = { communities: Array<{ id: string, label: string, memberCount: number, totalFlowUsd: number, anchor: { id: string, kind: Kind, caption: string, grade: string | null, flags: Array<string> } | null, counts: Array<{ kind: Kind, count: number }>, keyMembers: Array<{ id: string, kind: Kind, caption: string, grade: string | null, flags: Array<string> }> }> };

export type CommunityQueryVariables = Exact<{
  id: string | number;
  limit?: number | null | undefined;
}>;


export type CommunityQuery = { community: { truncated: boolean, summary: { id: string, label: string, memberCount: number, totalFlowUsd: number, anchor: { id: string, kind: Kind, caption: string, grade: string | null, flags: Array<string> } | null, counts: Array<{ kind: Kind, count: number }>, keyMembers: Array<{ id: string, kind: Kind, caption: string, grade: string | null, flags: Array<string> }> }, nodes: Array<{ id: string, kind: Kind, caption: string, grade: string | null, flags: Array<string> }>, edges: Array<{ id: string, type: RelationshipType, source: string, target: string, caption: string, date: string | null, amount: number | null, currency: string | null, confidence: number | null, grade: string | null, flags: Array<string> }> } | null };

export type ExportGraphQueryVariables = Exact<{
  format: ExportFormat;
  scope: ExportScopeInput;
}>;


export type ExportGraphQuery = { exportGraph: { filename: string, mediaType: string, content: string, nodeCount: number, edgeCount: number, truncated: boolean, edgeFile: { filename: string, mediaType: string, content: string } | null } };

export type NodeFieldsFragment = { id: string, kind: Kind, caption: string, grade: string | null, flags: Array<string> };

export type EdgeFieldsFragment = { id: string, type: RelationshipType, source: string, target: string, caption: string, date: string | null, amount: number | null, currency: string | null, confidence: number | null, grade: string | null, flags: Array<string> };

export type SummaryFieldsFragment = { id: string, label: string, memberCount: number, totalFlowUsd: number, anchor: { id: string, kind: Kind, caption: string, grade: string | null, flags: Array<string> } | null, counts: Array<{ kind: Kind, count: number }>, keyMembers: Array<{ id: string, kind: Kind, caption: string, grade: string | null, flags: Array<string> }> };

export type ClusterFieldsFragment = { truncated: boolean, summary: { id: string, label: string, memberCount: number, totalFlowUsd: number, anchor: { id: string, kind: Kind, caption: string, grade: string | null, flags: Array<string> } | null, counts: Array<{ kind: Kind, count: number }>, keyMembers: Array<{ id: string, kind: Kind, caption: string, grade: string | null, flags: Array<string> }> }, nodes: Array<{ id: string, kind: Kind, caption: string, grade: string | null, flags: Array<string> }>, edges: Array<{ id: string, type: RelationshipType, source: string, target: string, caption: string, date: string | null, amount: number | null, currency: string | null, confidence: number | null, grade: string | null, flags: Array<string> }> };

export type ResultFieldsFragment = { columns: Array<string>, rows: Array<unknown>, truncated: boolean, elapsedMs: number, graph: { nodes: Array<{ id: string, kind: Kind, caption: string, grade: string | null, flags: Array<string> }>, edges: Array<{ id: string, type: RelationshipType, source: string, target: string, caption: string, date: string | null, amount: number | null, currency: string | null, confidence: number | null, grade: string | null, flags: Array<string> }> } | null };

export type NeighborhoodQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  kinds?: Array<Kind> | Kind | null | undefined;
  relationshipTypes?: Array<RelationshipType> | RelationshipType | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, totalsExact: boolean, nodes: Array<{ id: string, kind: Kind, caption: string, grade: string | null, flags: Array<string> }>, edges: Array<{ id: string, type: RelationshipType, source: string, target: string, caption: string, date: string | null, amount: number | null, currency: string | null, confidence: number | null, grade: string | null, flags: Array<string> }>, omitted: Array<{ kind: Kind, count: number }>, total: Array<{ kind: Kind, count: number }> } };

export type PathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxHops?: number | null | undefined;
  limit?: number | null | undefined;
  maxDegree?: number | null | undefined;
}>;


export type PathsQuery = { paths: { truncated: boolean, paths: Array<{ length: number, nodes: Array<{ id: string, kind: Kind, caption: string, grade: string | null, flags: Array<string> }>, edges: Array<{ id: string, type: RelationshipType, source: string, target: string, caption: string, date: string | null, amount: number | null, currency: string | null, confidence: number | null, grade: string | null, flags: Array<string> }> }> } };

export type InvestigationsQueryVariables = Exact<{ [key: string]: never; }>;


export type InvestigationsQuery = { investigations: Array<{ id: string, title: string, updatedAt: string, elementCount: number }> };

export type InvestigationQueryVariables = Exact<{
  id: string | number;
}>;


export type InvestigationQuery = { investigation: { id: string, title: string, state: unknown, updatedAt: string, createdAt: string } | null };

export type SaveInvestigationMutationVariables = Exact<{
  id?: string | number | null | undefined;
  title: string;
  state: unknown;
}>;


export type SaveInvestigationMutation = { saveInvestigation: { id: string, title: string, state: unknown, updatedAt: string, createdAt: string } };

export type SavedQueriesQueryVariables = Exact<{ [key: string]: never; }>;


export type SavedQueriesQuery = { savedQueries: Array<{ name: string, title: string, description: string, shows: string, tags: Array<string>, cypher: string, parameters: Array<{ name: string, type: string, default: unknown, description: string, required: boolean }> }> };

export type RunSavedQueryQueryVariables = Exact<{
  name: string;
  params?: unknown;
}>;


export type RunSavedQueryQuery = { runSavedQuery: { columns: Array<string>, rows: Array<unknown>, truncated: boolean, elapsedMs: number, graph: { nodes: Array<{ id: string, kind: Kind, caption: string, grade: string | null, flags: Array<string> }>, edges: Array<{ id: string, type: RelationshipType, source: string, target: string, caption: string, date: string | null, amount: number | null, currency: string | null, confidence: number | null, grade: string | null, flags: Array<string> }> } | null } };

export type RunCypherQueryVariables = Exact<{
  cypher: string;
  params?: unknown;
}>;


export type RunCypherQuery = { runCypher: { columns: Array<string>, rows: Array<unknown>, truncated: boolean, elapsedMs: number, graph: { nodes: Array<{ id: string, kind: Kind, caption: string, grade: string | null, flags: Array<string> }>, edges: Array<{ id: string, type: RelationshipType, source: string, target: string, caption: string, date: string | null, amount: number | null, currency: string | null, confidence: number | null, grade: string | null, flags: Array<string> }> } | null } };

export type SearchQueryVariables = Exact<{
  text: string;
  kinds?: Array<Kind> | Kind | null | undefined;
  limit?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ id: string, kind: Kind, caption: string, score: number, flags: Array<string> }> };

export type EntityQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityQuery = { entity: { id: string, kind: Kind, caption: string, grade: string | null, flags: Array<string>, properties: unknown, masked: Array<string>, sources: Array<{ id: string, title: string, publisher: string, sourceType: string | null, publishedOn: string | null, url: string | null, reliability: string | null }>, relationships: Array<{ direction: string, edge: { id: string, type: RelationshipType, source: string, target: string, caption: string, date: string | null, amount: number | null, currency: string | null, confidence: number | null, grade: string | null, flags: Array<string> }, other: { id: string, kind: Kind, caption: string, grade: string | null, flags: Array<string> } }>, timeline: Array<{ date: string, edgeId: string, type: RelationshipType, direction: string, amount: number | null, currency: string | null, other: { id: string, kind: Kind, caption: string, grade: string | null, flags: Array<string> } }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const NodeFieldsFragmentDoc = new TypedDocumentString(`
    fragment NodeFields on Node {
  id
  kind
  caption
  grade
  flags
}
    `, {"fragmentName":"NodeFields"}) as unknown as TypedDocumentString<NodeFieldsFragment, unknown>;
export const SummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment SummaryFields on ClusterSummary {
  id
  label
  anchor {
    ...NodeFields
  }
  counts {
    kind
    count
  }
  keyMembers {
    ...NodeFields
  }
  memberCount
  totalFlowUsd
}
    fragment NodeFields on Node {
  id
  kind
  caption
  grade
  flags
}`, {"fragmentName":"SummaryFields"}) as unknown as TypedDocumentString<SummaryFieldsFragment, unknown>;
export const EdgeFieldsFragmentDoc = new TypedDocumentString(`
    fragment EdgeFields on Edge {
  id
  type
  source
  target
  caption
  date
  amount
  currency
  confidence
  grade
  flags
}
    `, {"fragmentName":"EdgeFields"}) as unknown as TypedDocumentString<EdgeFieldsFragment, unknown>;
export const ClusterFieldsFragmentDoc = new TypedDocumentString(`
    fragment ClusterFields on Cluster {
  summary {
    ...SummaryFields
  }
  nodes {
    ...NodeFields
  }
  edges {
    ...EdgeFields
  }
  truncated
}
    fragment NodeFields on Node {
  id
  kind
  caption
  grade
  flags
}
fragment EdgeFields on Edge {
  id
  type
  source
  target
  caption
  date
  amount
  currency
  confidence
  grade
  flags
}
fragment SummaryFields on ClusterSummary {
  id
  label
  anchor {
    ...NodeFields
  }
  counts {
    kind
    count
  }
  keyMembers {
    ...NodeFields
  }
  memberCount
  totalFlowUsd
}`, {"fragmentName":"ClusterFields"}) as unknown as TypedDocumentString<ClusterFieldsFragment, unknown>;
export const ResultFieldsFragmentDoc = new TypedDocumentString(`
    fragment ResultFields on QueryResult {
  columns
  rows
  graph {
    nodes {
      ...NodeFields
    }
    edges {
      ...EdgeFields
    }
  }
  truncated
  elapsedMs
}
    fragment NodeFields on Node {
  id
  kind
  caption
  grade
  flags
}
fragment EdgeFields on Edge {
  id
  type
  source
  target
  caption
  date
  amount
  currency
  confidence
  grade
  flags
}`, {"fragmentName":"ResultFields"}) as unknown as TypedDocumentString<ResultFieldsFragment, unknown>;
export const UnmaskDocument = new TypedDocumentString(`
    mutation Unmask($id: ID!, $purpose: String!) {
  unmaskEntity(id: $id, purpose: $purpose) {
    id
    kind
    caption
    properties
    unmasked
    purpose
  }
}
    `) as unknown as TypedDocumentString<UnmaskMutation, UnmaskMutationVariables>;
export const FrontCompanyNetworkDocument = new TypedDocumentString(`
    query FrontCompanyNetwork($id: ID!, $limit: Int) {
  frontCompanyNetwork(id: $id, limit: $limit) {
    ...ClusterFields
  }
}
    fragment NodeFields on Node {
  id
  kind
  caption
  grade
  flags
}
fragment EdgeFields on Edge {
  id
  type
  source
  target
  caption
  date
  amount
  currency
  confidence
  grade
  flags
}
fragment SummaryFields on ClusterSummary {
  id
  label
  anchor {
    ...NodeFields
  }
  counts {
    kind
    count
  }
  keyMembers {
    ...NodeFields
  }
  memberCount
  totalFlowUsd
}
fragment ClusterFields on Cluster {
  summary {
    ...SummaryFields
  }
  nodes {
    ...NodeFields
  }
  edges {
    ...EdgeFields
  }
  truncated
}`) as unknown as TypedDocumentString<FrontCompanyNetworkQuery, FrontCompanyNetworkQueryVariables>;
export const CommunitiesDocument = new TypedDocumentString(`
    query Communities($minSize: Int, $limit: Int) {
  communities(minSize: $minSize, limit: $limit) {
    ...SummaryFields
  }
}
    fragment NodeFields on Node {
  id
  kind
  caption
  grade
  flags
}
fragment SummaryFields on ClusterSummary {
  id
  label
  anchor {
    ...NodeFields
  }
  counts {
    kind
    count
  }
  keyMembers {
    ...NodeFields
  }
  memberCount
  totalFlowUsd
}`) as unknown as TypedDocumentString<CommunitiesQuery, CommunitiesQueryVariables>;
export const CommunityDocument = new TypedDocumentString(`
    query Community($id: ID!, $limit: Int) {
  community(id: $id, limit: $limit) {
    ...ClusterFields
  }
}
    fragment NodeFields on Node {
  id
  kind
  caption
  grade
  flags
}
fragment EdgeFields on Edge {
  id
  type
  source
  target
  caption
  date
  amount
  currency
  confidence
  grade
  flags
}
fragment SummaryFields on ClusterSummary {
  id
  label
  anchor {
    ...NodeFields
  }
  counts {
    kind
    count
  }
  keyMembers {
    ...NodeFields
  }
  memberCount
  totalFlowUsd
}
fragment ClusterFields on Cluster {
  summary {
    ...SummaryFields
  }
  nodes {
    ...NodeFields
  }
  edges {
    ...EdgeFields
  }
  truncated
}`) as unknown as TypedDocumentString<CommunityQuery, CommunityQueryVariables>;
export const ExportGraphDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ExportGraphQuery, ExportGraphQueryVariables>;
export const NeighborhoodDocument = new TypedDocumentString(`
    query Neighborhood($ids: [ID!]!, $kinds: [Kind!], $relationshipTypes: [RelationshipType!], $limit: Int, $offset: Int) {
  neighborhood(
    ids: $ids
    depth: 1
    kinds: $kinds
    relationshipTypes: $relationshipTypes
    limit: $limit
    offset: $offset
  ) {
    nodes {
      ...NodeFields
    }
    edges {
      ...EdgeFields
    }
    truncated
    omitted {
      kind
      count
    }
    total {
      kind
      count
    }
    totalsExact
  }
}
    fragment NodeFields on Node {
  id
  kind
  caption
  grade
  flags
}
fragment EdgeFields on Edge {
  id
  type
  source
  target
  caption
  date
  amount
  currency
  confidence
  grade
  flags
}`) as unknown as TypedDocumentString<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const PathsDocument = new TypedDocumentString(`
    query Paths($from: ID!, $to: ID!, $maxHops: Int, $limit: Int, $maxDegree: Int) {
  paths(
    from: $from
    to: $to
    maxHops: $maxHops
    limit: $limit
    all: true
    maxDegree: $maxDegree
  ) {
    truncated
    paths {
      length
      nodes {
        ...NodeFields
      }
      edges {
        ...EdgeFields
      }
    }
  }
}
    fragment NodeFields on Node {
  id
  kind
  caption
  grade
  flags
}
fragment EdgeFields on Edge {
  id
  type
  source
  target
  caption
  date
  amount
  currency
  confidence
  grade
  flags
}`) as unknown as TypedDocumentString<PathsQuery, PathsQueryVariables>;
export const InvestigationsDocument = new TypedDocumentString(`
    query Investigations {
  investigations {
    id
    title
    updatedAt
    elementCount
  }
}
    `) as unknown as TypedDocumentString<InvestigationsQuery, InvestigationsQueryVariables>;
export const InvestigationDocument = new TypedDocumentString(`
    query Investigation($id: ID!) {
  investigation(id: $id) {
    id
    title
    state
    updatedAt
    createdAt
  }
}
    `) as unknown as TypedDocumentString<InvestigationQuery, InvestigationQueryVariables>;
export const SaveInvestigationDocument = new TypedDocumentString(`
    mutation SaveInvestigation($id: ID, $title: String!, $state: JSON!) {
  saveInvestigation(id: $id, title: $title, state: $state) {
    id
    title
    state
    updatedAt
    createdAt
  }
}
    `) as unknown as TypedDocumentString<SaveInvestigationMutation, SaveInvestigationMutationVariables>;
export const SavedQueriesDocument = new TypedDocumentString(`
    query SavedQueries {
  savedQueries {
    name
    title
    description
    shows
    tags
    cypher
    parameters {
      name
      type
      default
      description
      required
    }
  }
}
    `) as unknown as TypedDocumentString<SavedQueriesQuery, SavedQueriesQueryVariables>;
export const RunSavedQueryDocument = new TypedDocumentString(`
    query RunSavedQuery($name: String!, $params: JSON) {
  runSavedQuery(name: $name, params: $params) {
    ...ResultFields
  }
}
    fragment NodeFields on Node {
  id
  kind
  caption
  grade
  flags
}
fragment EdgeFields on Edge {
  id
  type
  source
  target
  caption
  date
  amount
  currency
  confidence
  grade
  flags
}
fragment ResultFields on QueryResult {
  columns
  rows
  graph {
    nodes {
      ...NodeFields
    }
    edges {
      ...EdgeFields
    }
  }
  truncated
  elapsedMs
}`) as unknown as TypedDocumentString<RunSavedQueryQuery, RunSavedQueryQueryVariables>;
export const RunCypherDocument = new TypedDocumentString(`
    query RunCypher($cypher: String!, $params: JSON) {
  runCypher(cypher: $cypher, params: $params) {
    ...ResultFields
  }
}
    fragment NodeFields on Node {
  id
  kind
  caption
  grade
  flags
}
fragment EdgeFields on Edge {
  id
  type
  source
  target
  caption
  date
  amount
  currency
  confidence
  grade
  flags
}
fragment ResultFields on QueryResult {
  columns
  rows
  graph {
    nodes {
      ...NodeFields
    }
    edges {
      ...EdgeFields
    }
  }
  truncated
  elapsedMs
}`) as unknown as TypedDocumentString<RunCypherQuery, RunCypherQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $kinds: [Kind!], $limit: Int) {
  search(text: $text, kinds: $kinds, limit: $limit) {
    id
    kind
    caption
    score
    flags
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const EntityDocument = new TypedDocumentString(`
    query Entity($id: ID!) {
  entity(id: $id) {
    id
    kind
    caption
    grade
    flags
    properties
    masked
    sources {
      id
      title
      publisher
      sourceType
      publishedOn
      url
      reliability
    }
    relationships(limit: 50) {
      direction
      edge {
        ...EdgeFields
      }
      other {
        ...NodeFields
      }
    }
    timeline(limit: 50) {
      date
      edgeId
      type
      direction
      amount
      currency
      other {
        ...NodeFields
      }
    }
  }
}
    fragment NodeFields on Node {
  id
  kind
  caption
  grade
  flags
}
fragment EdgeFields on Edge {
  id
  type
  source
  target
  caption
  date
  amount
  currency
  confidence
  grade
  flags
}`) as unknown as TypedDocumentString<EntityQuery, EntityQueryVariables>;