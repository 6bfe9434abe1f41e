// Revealing a victim's personal properties: a separate, audited mutation (docs/graphql-contract.md, security.md).
export const typeDefs = /* GraphQL */ `
"A victim's personal properties, revealed to one caller for one stated purpose (recorded in the audit log)."
type UnmaskedEntity {
  id: ID!
  kind: Kind!
  "The real caption (the victim's name), not the mask."
  caption: String!
  "Every stored property, personal ones included."
  properties: JSON!
  "The personal properties that Entity.masked hid and this reveals ([] when the entity is no victim)."
  unmasked: [String!]!
  "The purpose as recorded (trimmed)."
  purpose: String!
}

extend type Mutation {
  "Needs the victims.unmask permission (roles editor and admin) and a purpose of 5-500 characters; audited."
  unmaskEntity(id: ID!, purpose: String!): UnmaskedEntity!
}
`;
