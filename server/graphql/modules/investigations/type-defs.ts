// Investigations: saved canvases (which nodes, where, which filters), stored apart from the entities.
export const typeDefs = /* GraphQL */ `
type InvestigationSummary {
  id: ID!
  title: String!
  updatedAt: String!
  "Nodes plus edges in the saved state."
  elementCount: Int!
}

type Investigation {
  id: ID!
  title: String!
  "The canvas state, as the UI saved it."
  state: JSON!
  updatedAt: String!
  createdAt: String!
}

extend type Query {
  "Saved investigations, most recently updated first."
  investigations: [InvestigationSummary!]!
  investigation(id: ID!): Investigation
}

extend type Mutation {
  "Creates (no id) or replaces (id) an investigation."
  saveInvestigation(id: ID, title: String!, state: JSON!): Investigation!
  deleteInvestigation(id: ID!): Boolean!
}
`;
