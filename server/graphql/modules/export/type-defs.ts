// Exports of a bounded part of the graph as a file in a GraphQL answer (the HTTP download streams any size).
export const typeDefs = /* GraphQL */ `
"jsonl: Threadline JSON Lines (re-importable); graphml (Gephi, yEd, networkx); gexf (Gephi); cyjs: Cytoscape JSON; csv: nodes and edges files."
enum ExportFormat {
  jsonl
  graphml
  gexf
  cyjs
  csv
}

"all: every visible entity (refused with RESULT_TOO_LARGE above the cap); investigation: a saved canvas; cluster: a front company's network or a community (com:…); query: a saved query's result graph."
enum ExportScopeKind {
  all
  investigation
  cluster
  query
}

input ExportScopeInput {
  kind: ExportScopeKind!
  "The investigation id, or for a cluster the front company's id or the community id."
  id: ID
  "The saved query's name (kind query)."
  name: String
  "The saved query's parameters (kind query)."
  params: JSON
}

"One file of an export."
type ExportPart {
  filename: String!
  mediaType: String!
  content: String!
}

type ExportFile {
  filename: String!
  mediaType: String!
  "The file's text (for csv: the nodes file)."
  content: String!
  nodeCount: Int!
  edgeCount: Int!
  "The scope's source capped what it gave (a cluster over 10,000 members, a query over its row cap)."
  truncated: Boolean!
  "csv only: the edges file."
  edgeFile: ExportPart
}

extend type Query {
  "A bounded export as text: at most THREADLINE_EXPORT_MAX_ELEMENTS (default 25,000) nodes plus edges, else RESULT_TOO_LARGE; GET /export streams any size."
  exportGraph(format: ExportFormat!, scope: ExportScopeInput!): ExportFile!
}
`;
