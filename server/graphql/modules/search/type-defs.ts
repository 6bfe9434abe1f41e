// Full-text search over names, aliases and identifiers.
export const typeDefs = /* GraphQL */ `
type SearchHit {
  id: ID!
  kind: Kind!
  caption: String!
  "Lucene relevance; higher is better."
  score: Float!
  flags: [String!]!
}

extend type Query {
  "Ranked entities whose names, aliases or identifiers match; spacing and small typos do not matter."
  search(text: String!, kinds: [Kind!], limit: Int = 20): [SearchHit!]!
}
`;
