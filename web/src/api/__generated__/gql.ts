/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Unmask($id: ID!, $purpose: String!) {\n    unmaskEntity(id: $id, purpose: $purpose) {\n      id\n      kind\n      caption\n      properties\n      unmasked\n      purpose\n    }\n  }\n": typeof types.UnmaskDocument,
    "\n  query FrontCompanyNetwork($id: ID!, $limit: Int) {\n    frontCompanyNetwork(id: $id, limit: $limit) {\n      ...ClusterFields\n    }\n  }\n": typeof types.FrontCompanyNetworkDocument,
    "\n  query Communities($minSize: Int, $limit: Int) {\n    communities(minSize: $minSize, limit: $limit) {\n      ...SummaryFields\n    }\n  }\n": typeof types.CommunitiesDocument,
    "\n  query Community($id: ID!, $limit: Int) {\n    community(id: $id, limit: $limit) {\n      ...ClusterFields\n    }\n  }\n": typeof types.CommunityDocument,
    "\n  query ExportGraph($format: ExportFormat!, $scope: ExportScopeInput!) {\n    exportGraph(format: $format, scope: $scope) {\n      filename\n      mediaType\n      content\n      nodeCount\n      edgeCount\n      truncated\n      edgeFile {\n        filename\n        mediaType\n        content\n      }\n    }\n  }\n": typeof types.ExportGraphDocument,
    "\n  fragment NodeFields on Node {\n    id\n    kind\n    caption\n    grade\n    flags\n  }\n": typeof types.NodeFieldsFragmentDoc,
    "\n  fragment EdgeFields on Edge {\n    id\n    type\n    source\n    target\n    caption\n    date\n    amount\n    currency\n    confidence\n    grade\n    flags\n  }\n": typeof types.EdgeFieldsFragmentDoc,
    "\n  fragment SummaryFields on ClusterSummary {\n    id\n    label\n    anchor {\n      ...NodeFields\n    }\n    counts {\n      kind\n      count\n    }\n    keyMembers {\n      ...NodeFields\n    }\n    memberCount\n    totalFlowUsd\n  }\n": typeof types.SummaryFieldsFragmentDoc,
    "\n  fragment ClusterFields on Cluster {\n    summary {\n      ...SummaryFields\n    }\n    nodes {\n      ...NodeFields\n    }\n    edges {\n      ...EdgeFields\n    }\n    truncated\n  }\n": typeof types.ClusterFieldsFragmentDoc,
    "\n  fragment ResultFields on QueryResult {\n    columns\n    rows\n    graph {\n      nodes {\n        ...NodeFields\n      }\n      edges {\n        ...EdgeFields\n      }\n    }\n    truncated\n    elapsedMs\n  }\n": typeof types.ResultFieldsFragmentDoc,
    "\n  query Neighborhood(\n    $ids: [ID!]!\n    $kinds: [Kind!]\n    $relationshipTypes: [RelationshipType!]\n    $limit: Int\n    $offset: Int\n  ) {\n    neighborhood(\n      ids: $ids\n      depth: 1\n      kinds: $kinds\n      relationshipTypes: $relationshipTypes\n      limit: $limit\n      offset: $offset\n    ) {\n      nodes {\n        ...NodeFields\n      }\n      edges {\n        ...EdgeFields\n      }\n      truncated\n      omitted {\n        kind\n        count\n      }\n      total {\n        kind\n        count\n      }\n      totalsExact\n    }\n  }\n": typeof types.NeighborhoodDocument,
    "\n  query Paths($from: ID!, $to: ID!, $maxHops: Int, $limit: Int, $maxDegree: Int) {\n    paths(from: $from, to: $to, maxHops: $maxHops, limit: $limit, all: true, maxDegree: $maxDegree) {\n      truncated\n      paths {\n        length\n        nodes {\n          ...NodeFields\n        }\n        edges {\n          ...EdgeFields\n        }\n      }\n    }\n  }\n": typeof types.PathsDocument,
    "\n  query Investigations {\n    investigations {\n      id\n      title\n      updatedAt\n      elementCount\n    }\n  }\n": typeof types.InvestigationsDocument,
    "\n  query Investigation($id: ID!) {\n    investigation(id: $id) {\n      id\n      title\n      state\n      updatedAt\n      createdAt\n    }\n  }\n": typeof types.InvestigationDocument,
    "\n  mutation SaveInvestigation($id: ID, $title: String!, $state: JSON!) {\n    saveInvestigation(id: $id, title: $title, state: $state) {\n      id\n      title\n      state\n      updatedAt\n      createdAt\n    }\n  }\n": typeof types.SaveInvestigationDocument,
    "\n  query SavedQueries {\n    savedQueries {\n      name\n      title\n      description\n      shows\n      tags\n      cypher\n      parameters {\n        name\n        type\n        default\n        description\n        required\n      }\n    }\n  }\n": typeof types.SavedQueriesDocument,
    "\n  query RunSavedQuery($name: String!, $params: JSON) {\n    runSavedQuery(name: $name, params: $params) {\n      ...ResultFields\n    }\n  }\n": typeof types.RunSavedQueryDocument,
    "\n  query RunCypher($cypher: String!, $params: JSON) {\n    runCypher(cypher: $cypher, params: $params) {\n      ...ResultFields\n    }\n  }\n": typeof types.RunCypherDocument,
    "\n  query Search($text: String!, $kinds: [Kind!], $limit: Int) {\n    search(text: $text, kinds: $kinds, limit: $limit) {\n      id\n      kind\n      caption\n      score\n      flags\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query Entity($id: ID!) {\n    entity(id: $id) {\n      id\n      kind\n      caption\n      grade\n      flags\n      properties\n      masked\n      sources {\n        id\n        title\n        publisher\n        sourceType\n        publishedOn\n        url\n        reliability\n      }\n      relationships(limit: 50) {\n        direction\n        edge {\n          ...EdgeFields\n        }\n        other {\n          ...NodeFields\n        }\n      }\n      timeline(limit: 50) {\n        date\n        edgeId\n        type\n        direction\n        amount\n        currency\n        other {\n          ...NodeFields\n        }\n      }\n    }\n  }\n": typeof types.EntityDocument,
};
const documents: Documents = {
    "\n  mutation Unmask($id: ID!, $purpose: String!) {\n    unmaskEntity(id: $id, purpose: $purpose) {\n      id\n      kind\n      caption\n      properties\n      unmasked\n      purpose\n    }\n  }\n": types.UnmaskDocument,
    "\n  query FrontCompanyNetwork($id: ID!, $limit: Int) {\n    frontCompanyNetwork(id: $id, limit: $limit) {\n      ...ClusterFields\n    }\n  }\n": types.FrontCompanyNetworkDocument,
    "\n  query Communities($minSize: Int, $limit: Int) {\n    communities(minSize: $minSize, limit: $limit) {\n      ...SummaryFields\n    }\n  }\n": types.CommunitiesDocument,
    "\n  query Community($id: ID!, $limit: Int) {\n    community(id: $id, limit: $limit) {\n      ...ClusterFields\n    }\n  }\n": types.CommunityDocument,
    "\n  query ExportGraph($format: ExportFormat!, $scope: ExportScopeInput!) {\n    exportGraph(format: $format, scope: $scope) {\n      filename\n      mediaType\n      content\n      nodeCount\n      edgeCount\n      truncated\n      edgeFile {\n        filename\n        mediaType\n        content\n      }\n    }\n  }\n": types.ExportGraphDocument,
    "\n  fragment NodeFields on Node {\n    id\n    kind\n    caption\n    grade\n    flags\n  }\n": types.NodeFieldsFragmentDoc,
    "\n  fragment EdgeFields on Edge {\n    id\n    type\n    source\n    target\n    caption\n    date\n    amount\n    currency\n    confidence\n    grade\n    flags\n  }\n": types.EdgeFieldsFragmentDoc,
    "\n  fragment SummaryFields on ClusterSummary {\n    id\n    label\n    anchor {\n      ...NodeFields\n    }\n    counts {\n      kind\n      count\n    }\n    keyMembers {\n      ...NodeFields\n    }\n    memberCount\n    totalFlowUsd\n  }\n": types.SummaryFieldsFragmentDoc,
    "\n  fragment ClusterFields on Cluster {\n    summary {\n      ...SummaryFields\n    }\n    nodes {\n      ...NodeFields\n    }\n    edges {\n      ...EdgeFields\n    }\n    truncated\n  }\n": types.ClusterFieldsFragmentDoc,
    "\n  fragment ResultFields on QueryResult {\n    columns\n    rows\n    graph {\n      nodes {\n        ...NodeFields\n      }\n      edges {\n        ...EdgeFields\n      }\n    }\n    truncated\n    elapsedMs\n  }\n": types.ResultFieldsFragmentDoc,
    "\n  query Neighborhood(\n    $ids: [ID!]!\n    $kinds: [Kind!]\n    $relationshipTypes: [RelationshipType!]\n    $limit: Int\n    $offset: Int\n  ) {\n    neighborhood(\n      ids: $ids\n      depth: 1\n      kinds: $kinds\n      relationshipTypes: $relationshipTypes\n      limit: $limit\n      offset: $offset\n    ) {\n      nodes {\n        ...NodeFields\n      }\n      edges {\n        ...EdgeFields\n      }\n      truncated\n      omitted {\n        kind\n        count\n      }\n      total {\n        kind\n        count\n      }\n      totalsExact\n    }\n  }\n": types.NeighborhoodDocument,
    "\n  query Paths($from: ID!, $to: ID!, $maxHops: Int, $limit: Int, $maxDegree: Int) {\n    paths(from: $from, to: $to, maxHops: $maxHops, limit: $limit, all: true, maxDegree: $maxDegree) {\n      truncated\n      paths {\n        length\n        nodes {\n          ...NodeFields\n        }\n        edges {\n          ...EdgeFields\n        }\n      }\n    }\n  }\n": types.PathsDocument,
    "\n  query Investigations {\n    investigations {\n      id\n      title\n      updatedAt\n      elementCount\n    }\n  }\n": types.InvestigationsDocument,
    "\n  query Investigation($id: ID!) {\n    investigation(id: $id) {\n      id\n      title\n      state\n      updatedAt\n      createdAt\n    }\n  }\n": types.InvestigationDocument,
    "\n  mutation SaveInvestigation($id: ID, $title: String!, $state: JSON!) {\n    saveInvestigation(id: $id, title: $title, state: $state) {\n      id\n      title\n      state\n      updatedAt\n      createdAt\n    }\n  }\n": types.SaveInvestigationDocument,
    "\n  query SavedQueries {\n    savedQueries {\n      name\n      title\n      description\n      shows\n      tags\n      cypher\n      parameters {\n        name\n        type\n        default\n        description\n        required\n      }\n    }\n  }\n": types.SavedQueriesDocument,
    "\n  query RunSavedQuery($name: String!, $params: JSON) {\n    runSavedQuery(name: $name, params: $params) {\n      ...ResultFields\n    }\n  }\n": types.RunSavedQueryDocument,
    "\n  query RunCypher($cypher: String!, $params: JSON) {\n    runCypher(cypher: $cypher, params: $params) {\n      ...ResultFields\n    }\n  }\n": types.RunCypherDocument,
    "\n  query Search($text: String!, $kinds: [Kind!], $limit: Int) {\n    search(text: $text, kinds: $kinds, limit: $limit) {\n      id\n      kind\n      caption\n      score\n      flags\n    }\n  }\n": types.SearchDocument,
    "\n  query Entity($id: ID!) {\n    entity(id: $id) {\n      id\n      kind\n      caption\n      grade\n      flags\n      properties\n      masked\n      sources {\n        id\n        title\n        publisher\n        sourceType\n        publishedOn\n        url\n        reliability\n      }\n      relationships(limit: 50) {\n        direction\n        edge {\n          ...EdgeFields\n        }\n        other {\n          ...NodeFields\n        }\n      }\n      timeline(limit: 50) {\n        date\n        edgeId\n        type\n        direction\n        amount\n        currency\n        other {\n          ...NodeFields\n        }\n      }\n    }\n  }\n": types.EntityDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unmask($id: ID!, $purpose: String!) {\n    unmaskEntity(id: $id, purpose: $purpose) {\n      id\n      kind\n      caption\n      properties\n      unmasked\n      purpose\n    }\n  }\n"): typeof import('./graphql').UnmaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FrontCompanyNetwork($id: ID!, $limit: Int) {\n    frontCompanyNetwork(id: $id, limit: $limit) {\n      ...ClusterFields\n    }\n  }\n"): typeof import('./graphql').FrontCompanyNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Communities($minSize: Int, $limit: Int) {\n    communities(minSize: $minSize, limit: $limit) {\n      ...SummaryFields\n    }\n  }\n"): typeof import('./graphql').CommunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Community($id: ID!, $limit: Int) {\n    community(id: $id, limit: $limit) {\n      ...ClusterFields\n    }\n  }\n"): typeof import('./graphql').CommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportGraph($format: ExportFormat!, $scope: ExportScopeInput!) {\n    exportGraph(format: $format, scope: $scope) {\n      filename\n      mediaType\n      content\n      nodeCount\n      edgeCount\n      truncated\n      edgeFile {\n        filename\n        mediaType\n        content\n      }\n    }\n  }\n"): typeof import('./graphql').ExportGraphDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeFields on Node {\n    id\n    kind\n    caption\n    grade\n    flags\n  }\n"): typeof import('./graphql').NodeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EdgeFields on Edge {\n    id\n    type\n    source\n    target\n    caption\n    date\n    amount\n    currency\n    confidence\n    grade\n    flags\n  }\n"): typeof import('./graphql').EdgeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SummaryFields on ClusterSummary {\n    id\n    label\n    anchor {\n      ...NodeFields\n    }\n    counts {\n      kind\n      count\n    }\n    keyMembers {\n      ...NodeFields\n    }\n    memberCount\n    totalFlowUsd\n  }\n"): typeof import('./graphql').SummaryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClusterFields on Cluster {\n    summary {\n      ...SummaryFields\n    }\n    nodes {\n      ...NodeFields\n    }\n    edges {\n      ...EdgeFields\n    }\n    truncated\n  }\n"): typeof import('./graphql').ClusterFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResultFields on QueryResult {\n    columns\n    rows\n    graph {\n      nodes {\n        ...NodeFields\n      }\n      edges {\n        ...EdgeFields\n      }\n    }\n    truncated\n    elapsedMs\n  }\n"): typeof import('./graphql').ResultFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighborhood(\n    $ids: [ID!]!\n    $kinds: [Kind!]\n    $relationshipTypes: [RelationshipType!]\n    $limit: Int\n    $offset: Int\n  ) {\n    neighborhood(\n      ids: $ids\n      depth: 1\n      kinds: $kinds\n      relationshipTypes: $relationshipTypes\n      limit: $limit\n      offset: $offset\n    ) {\n      nodes {\n        ...NodeFields\n      }\n      edges {\n        ...EdgeFields\n      }\n      truncated\n      omitted {\n        kind\n        count\n      }\n      total {\n        kind\n        count\n      }\n      totalsExact\n    }\n  }\n"): typeof import('./graphql').NeighborhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Paths($from: ID!, $to: ID!, $maxHops: Int, $limit: Int, $maxDegree: Int) {\n    paths(from: $from, to: $to, maxHops: $maxHops, limit: $limit, all: true, maxDegree: $maxDegree) {\n      truncated\n      paths {\n        length\n        nodes {\n          ...NodeFields\n        }\n        edges {\n          ...EdgeFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Investigations {\n    investigations {\n      id\n      title\n      updatedAt\n      elementCount\n    }\n  }\n"): typeof import('./graphql').InvestigationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Investigation($id: ID!) {\n    investigation(id: $id) {\n      id\n      title\n      state\n      updatedAt\n      createdAt\n    }\n  }\n"): typeof import('./graphql').InvestigationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveInvestigation($id: ID, $title: String!, $state: JSON!) {\n    saveInvestigation(id: $id, title: $title, state: $state) {\n      id\n      title\n      state\n      updatedAt\n      createdAt\n    }\n  }\n"): typeof import('./graphql').SaveInvestigationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedQueries {\n    savedQueries {\n      name\n      title\n      description\n      shows\n      tags\n      cypher\n      parameters {\n        name\n        type\n        default\n        description\n        required\n      }\n    }\n  }\n"): typeof import('./graphql').SavedQueriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunSavedQuery($name: String!, $params: JSON) {\n    runSavedQuery(name: $name, params: $params) {\n      ...ResultFields\n    }\n  }\n"): typeof import('./graphql').RunSavedQueryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunCypher($cypher: String!, $params: JSON) {\n    runCypher(cypher: $cypher, params: $params) {\n      ...ResultFields\n    }\n  }\n"): typeof import('./graphql').RunCypherDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($text: String!, $kinds: [Kind!], $limit: Int) {\n    search(text: $text, kinds: $kinds, limit: $limit) {\n      id\n      kind\n      caption\n      score\n      flags\n    }\n  }\n"): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Entity($id: ID!) {\n    entity(id: $id) {\n      id\n      kind\n      caption\n      grade\n      flags\n      properties\n      masked\n      sources {\n        id\n        title\n        publisher\n        sourceType\n        publishedOn\n        url\n        reliability\n      }\n      relationships(limit: 50) {\n        direction\n        edge {\n          ...EdgeFields\n        }\n        other {\n          ...NodeFields\n        }\n      }\n      timeline(limit: 50) {\n        date\n        edgeId\n        type\n        direction\n        amount\n        currency\n        other {\n          ...NodeFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EntityDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
