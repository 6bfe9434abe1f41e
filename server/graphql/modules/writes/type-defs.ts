// Writes: the typed upsert batch (inputs generated from the model) and retraction.
export const typeDefs = /* GraphQL */ `
type WriteCounts {
  created: Int!
  updated: Int!
  unchanged: Int!
}

type UpsertResult {
  entities: WriteCounts!
  relationships: WriteCounts!
  "Ids of the batch's entities (the source first, when given), in input order. An entity merged into another answers the survivor's id: its facts were written there."
  ids: [ID!]!
}

extend type Mutation {
  "One transaction, all or nothing, idempotent; at most 10,000 entities and relationships. Facts naming a merged record go to its survivor."
  upsertEntities(input: UpsertInput!): UpsertResult!
  "Withdraws an entity or relationship by id: hidden from default views, kept for the record."
  retract(id: ID!, reason: String!): Boolean!
}
`;
