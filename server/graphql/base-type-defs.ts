// The shared GraphQL types every module may use: canvas nodes and edges, kind counts, the root types.
export const baseTypeDefs = /* GraphQL */ `
"Free-form JSON: entity properties, canvas state, query parameters and rows."
scalar JSON

"A node as drawn on the canvas. flags ⊆ [sanctioned, synthetic, unverified, victim, retracted, merged]"
type Node {
  id: ID!
  kind: Kind!
  "The model's caption property; a mask for victims' personal data."
  caption: String!
  grade: String
  flags: [String!]!
}

"A relationship as drawn on the canvas. flags ⊆ [synthetic, unverified, retracted]"
type Edge {
  id: ID!
  type: RelationshipType!
  source: ID!
  target: ID!
  caption: String!
  "The relationship's date (the model's dated.from property), YYYY[-MM[-DD]] or an ISO date-time."
  date: String
  "The money amount (the model's amount property), for money flows."
  amount: Float
  currency: String
  confidence: Float
  grade: String
  flags: [String!]!
}

type KindCount {
  kind: Kind!
  count: Int!
}

type Graph {
  nodes: [Node!]!
  edges: [Edge!]!
}

"A dated relationship of an entity, seen from that entity."
type TimelineEvent {
  date: String!
  edgeId: ID!
  type: RelationshipType!
  "out: from the entity to other; in: from other to the entity."
  direction: String!
  other: Node!
  amount: Float
  currency: String
}

type Query

type Mutation
`;
