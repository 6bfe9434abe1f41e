// Entity resolution: candidate duplicates, merging them into one, and undoing a merge exactly.
export const typeDefs = /* GraphQL */ `
"Two entities of one kind that are likely one thing in the world."
type MergeCandidate {
  ids: [ID!]!
  nodes: [Node!]!
  "0 to 1: the signals combined as independent evidence."
  score: Float!
  "Why, in words: shared identifiers, names and aliases, addresses, birth dates."
  evidence: [String!]!
}

extend type Query {
  "Likely duplicates of one kind (or of every kind), best first."
  mergeCandidates(kind: Kind, limit: Int = 20): [MergeCandidate!]!
}

extend type Mutation {
  "Merges ids (2-100, one kind) into the first: links move to it, names become aliases, the rest are hidden. Undoable."
  mergeEntities(ids: [ID!]!, reason: String!): Entity!
  "Undoes a merge, given its survivor, a merged entity or the merge record id; returns the ids restored."
  unmergeEntity(id: ID!): [ID!]!
}
`;
