// Saved Cypher queries: the file catalogue and analysts' stored queries, run safely; ad-hoc Cypher.
export const typeDefs = /* GraphQL */ `
"A named, documented Cypher query: from cypher/queries (source file, read-only) or saved by an analyst (stored)."
type SavedQuery {
  name: String!
  title: String!
  description: String!
  "table, graph or both: what the UI shows first."
  shows: String!
  tags: [String!]!
  parameters: [QueryParameter!]!
  cypher: String!
  "1 for file queries; stored queries count their saves."
  version: Int!
  "file or stored."
  source: String!
  "Who saved this version (stored queries)."
  author: String
  "The file under cypher/queries (file queries)."
  file: String
}

type QueryParameter {
  name: String!
  "string, int, float, boolean, date, id (an entity id) or kind (a kind name)."
  type: String!
  default: JSON
  description: String!
  required: Boolean!
  min: Float
  max: Float
}

"A query's result: rows of JSON (entities as canvas nodes) and the graph they hold, ready for the canvas."
type QueryResult {
  columns: [String!]!
  rows: [JSON!]!
  "Nodes, relationships and paths found in the rows, shaped like neighborhood; null when there are none."
  graph: Graph
  "The row cap was reached: more rows exist."
  truncated: Boolean!
  elapsedMs: Int!
}

"A query file that failed its checks at start-up: it is skipped, the others load."
type QueryLoadProblem {
  file: String!
  code: String!
  message: String!
}

input QueryParameterInput {
  name: String!
  type: String!
  default: JSON
  description: String!
  required: Boolean
  min: Float
  max: Float
}

extend type Query {
  "File queries first, then stored ones."
  savedQueries: [SavedQuery!]!
  savedQuery(name: String!): SavedQuery
  "Earlier versions of a stored query, newest first."
  savedQueryHistory(name: String!, limit: Int = 20): [SavedQuery!]!
  savedQueryProblems: [QueryLoadProblem!]!
  "Runs in a read transaction; maxRows (default 1000, at most 10000) and timeoutMs (default 10000, at most 60000) cap it."
  runSavedQuery(name: String!, params: JSON, maxRows: Int, timeoutMs: Int): QueryResult!
  "Ad-hoc read-only Cypher, with the same checks and limits as saved queries."
  runCypher(cypher: String!, params: JSON, maxRows: Int, timeoutMs: Int): QueryResult!
}

extend type Mutation {
  "Saves a new version of a stored query (validated like a file query). baseVersion: the version edited (0 for new); CONFLICT if another save came in between."
  saveQuery(
    name: String!
    title: String!
    description: String!
    cypher: String!
    parameters: [QueryParameterInput!]
    shows: String
    tags: [String!]
    baseVersion: Int
  ): SavedQuery!
}
`;
