// One entity in full: properties (masked for victims), sources, relationships and timeline.
export const typeDefs = /* GraphQL */ `
type SourceRef {
  id: ID!
  title: String!
  publisher: String!
  sourceType: String
  publishedOn: String
  url: String
  reliability: String
}

type RelationshipView {
  edge: Edge!
  other: Node!
  "out: from the entity to other; in: from other to the entity."
  direction: String!
}

type Entity {
  id: ID!
  kind: Kind!
  caption: String!
  grade: String
  flags: [String!]!
  "Every stored property; personal ones of a victim are replaced by a mask and named in masked."
  properties: JSON!
  masked: [String!]!
  sources: [SourceRef!]!
  "Non-retracted relationships, dated ones newest first."
  relationships(limit: Int = 50, types: [RelationshipType!]): [RelationshipView!]!
  "Dated relationships, oldest first."
  timeline(limit: Int = 50): [TimelineEvent!]!
}

extend type Query {
  "An entity by id; null when there is none or it is retracted."
  entity(id: ID!): Entity
}
`;
