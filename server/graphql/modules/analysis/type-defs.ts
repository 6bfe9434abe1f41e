// Analysis: a front company's network, detected communities, centrality and multi-entity timelines.
export const typeDefs = /* GraphQL */ `
type ClusterSummary {
  "The company's id for a network; com:<algorithm>:<kinds>:<smallest member id> for a community."
  id: ID!
  "e.g. YANBIAN SILVERSTAR network"
  label: String!
  "The company, or the best-connected organisation or person of a community."
  anchor: Node
  counts: [KindCount!]!
  "The five best-connected members."
  keyMembers: [Node!]!
  memberCount: Int!
  "USD flowing into the cluster's wallets and accounts from outside it (other currencies are not converted)."
  totalFlowUsd: Float!
}

type Cluster {
  summary: ClusterSummary!
  nodes: [Node!]!
  edges: [Edge!]!
  "More members or links exist than limit allowed."
  truncated: Boolean!
}

type CentralityScore {
  node: Node!
  score: Float!
}

extend type Query {
  "The network of a front company: workers, identities, laptops, farm addresses, wallets… (limit 1-10000 nodes)"
  frontCompanyNetwork(id: ID!, limit: Int = 2000): Cluster!
  "Detected communities (wcc: weakly connected components over infrastructure links; louvain: over all links), largest first."
  communities(algorithm: String = "louvain", kinds: [Kind!], minSize: Int = 3, limit: Int = 20): [ClusterSummary!]!
  "One community by id, recomputed; null when its anchor member is gone."
  community(id: ID!, limit: Int = 2000): Cluster
  "degree, pagerank or betweenness over the whole graph; kinds picks which nodes are ranked."
  centrality(algorithm: String = "pagerank", kinds: [Kind!], limit: Int = 20): [CentralityScore!]!
  "Dated relationships of the entities, oldest first; from and to are inclusive at their precision."
  timeline(ids: [ID!]!, from: String, to: String, limit: Int = 200): [TimelineEvent!]!
}
`;
