// What every resolver receives: the database handle and who is asking.
import type { AuditLog } from '../audit/audit-log.js';
import type { Role } from '../auth/roles.js';
import type { GraphDb } from '../runtime/graph-db.js';

export type { Role } from '../auth/roles.js';

/**
 * The caller, authenticated by a session cookie, an API key, an OIDC token, or in-process (`local`: CLI, tests).
 * `anonymous` is the absence of credentials: the schema refuses every operation with UNAUTHENTICATED.
 */
export interface Principal {
  id: string;
  name: string;
  roles: readonly Role[];
  via: 'session' | 'apiKey' | 'oidc' | 'local' | 'anonymous';
}

export interface GraphQLContext {
  db: GraphDb;
  principal: Principal;
  /** The integration or user name recorded in `origins` of what this request writes. */
  origin: string;
  /** The audit log: the GraphQL audit plugin records here; resolvers record what only they know (unmask). */
  audit: AuditLog;
}
