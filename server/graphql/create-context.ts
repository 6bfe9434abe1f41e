// Builds each request's context: the database (when ready), the caller, and the origin of its writes.
import { GraphQLError } from 'graphql';
import { AuditLog } from '../audit/audit-log.js';
import { ThreadlineError } from '../errors/threadline-error.js';
import type { GraphDb } from '../runtime/graph-db.js';
import type { GraphQLContext, Principal } from './context.js';

/** Until authentication lands every caller is the local administrator. */
export const LOCAL_ADMIN: Principal = { id: 'local', name: 'Local administrator', roles: ['admin'] };

/** Header an integration names itself with; its writes record `integration:<name>` in `origins`. */
export const ORIGIN_HEADER = 'x-threadline-origin';
const ORIGIN_NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;

export interface ContextRequest {
  header(name: string): string | undefined;
}

/** The origin recorded for this request's writes: `integration:<name>` or `user:<principal id>`. */
export function originOf(req: ContextRequest, principal: Principal): string {
  const named = req.header(ORIGIN_HEADER)?.trim().toLowerCase();
  if (!named) return `user:${principal.id}`;
  if (!ORIGIN_NAME.test(named)) {
    throw new GraphQLError(`${ORIGIN_HEADER} must be 1-64 of a-z, 0-9, ".", "_", "-"`, {
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  }
  return `integration:${named}`;
}

/** A context function; until the database is connected every request fails with DATABASE_UNAVAILABLE. */
export function contextFactory(getDb: () => GraphDb | undefined) {
  return async ({ req }: { req: ContextRequest }): Promise<GraphQLContext> => {
    const db = getDb();
    if (!db) {
      const cause = new ThreadlineError(
        'DATABASE_UNAVAILABLE',
        'The database is starting; retry shortly',
        [],
        true,
      );
      throw new GraphQLError(cause.message, { originalError: cause, extensions: { http: { status: 503 } } });
    }
    const principal = LOCAL_ADMIN;
    return { db, principal, origin: originOf(req, principal), audit: new AuditLog(db) };
  };
}
