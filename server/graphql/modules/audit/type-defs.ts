// The audit log, for administrators: list entries (newest first) and verify the hash chain.
export const typeDefs = /* GraphQL */ `
"One audit entry. hash = sha256 over the canonical JSON of every other field, prevHash included."
type AuditEntry {
  seq: Int!
  "ISO 8601, UTC."
  at: String!
  principalId: String!
  principalName: String!
  principalRoles: [String!]!
  "session, apiKey, oidc, local or anonymous."
  principalVia: String!
  "mutation, query-run, export, audit-read, login, logout, victim.unmask, key-create, user-create..."
  action: String!
  "The GraphQL root field(s) or the operation's name."
  operation: String
  targetIds: [ID!]!
  "Arguments with secrets redacted; large ones summarised (an upsert batch as counts per kind)."
  parameters: JSON!
  resultSize: Int
  "ok, denied, error, or started (a mutation's intent, written before it runs)."
  outcome: String!
  errorCode: String
  "Links a mutation's started entry to its outcome."
  requestId: String
  prevHash: String!
  hash: String!
}

input AuditFilter {
  principalId: String
  action: String
  "Inclusive ISO 8601 bounds on at."
  from: String
  to: String
}

type AuditPage {
  entries: [AuditEntry!]!
  "Pass as after for the next page; null on the last."
  nextCursor: Int
}

type AuditVerification {
  ok: Boolean!
  checked: Int!
  "The first entry whose hash, link or sequence is wrong (or the first missing one); null when whole."
  firstBrokenSeq: Int
  reason: String
  headSeq: Int!
}

extend type Query {
  "The audit log, newest first (admins: permission audit.read). first: 1-500."
  auditLog(filter: AuditFilter, first: Int = 50, after: Int): AuditPage!
  "Walks the whole hash chain and reports the first broken entry (admins: permission audit.read)."
  verifyAuditLog: AuditVerification!
}
`;
