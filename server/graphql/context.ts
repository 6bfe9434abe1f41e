// What every resolver receives: the database handle and who is asking.
import type { AuditLog } from '../audit/audit-log.js';
import type { GraphDb } from '../runtime/graph-db.js';

/** The caller. Roles arrive with authentication; until then every caller is a local admin. */
export interface Principal {
  id: string;
  name: string;
  roles: readonly string[];
}

export interface GraphQLContext {
  db: GraphDb;
  principal: Principal;
  /** The integration or user name recorded in `origins` of what this request writes. */
  origin: string;
  /** The audit log: the GraphQL audit plugin records here; resolvers record what only they know (unmask). */
  audit: AuditLog;
}
// The GraphQL contract the API and the UI share: docs/graphql-contract.md.
