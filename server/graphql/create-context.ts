// Builds each request's context: the database (when ready), the caller, and the origin of its writes.
import { GraphQLError } from 'graphql';
import { AuditLog } from '../audit/audit-log.js';
import { type Authenticator, credentialOf } from '../auth/authenticator.js';
import { ANONYMOUS } from '../auth/principals.js';
import { rememberedPrincipal } from '../auth/request-principal.js';
import { ThreadlineError } from '../errors/threadline-error.js';
import type { GraphDb } from '../runtime/graph-db.js';
import type { GraphQLContext, Principal } from './context.js';

/** In-process callers (CLI, tests through openApi()) act as this administrator, recorded as `local`. */
export { LOCAL_ADMIN } from '../auth/principals.js';

/** Header an integration names itself with; its writes record `integration:<name>` in `origins`. */
export const ORIGIN_HEADER = 'x-threadline-origin';
const ORIGIN_NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;

export interface ContextRequest {
  header(name: string): string | undefined;
}

/**
 * The origin recorded for this request's writes: `integration:<name>` from the header, else an API key's
 * `integration:<key name>`, else `user:<principal id>`.
 */
export function originOf(req: ContextRequest, principal: Principal): string {
  const named = req.header(ORIGIN_HEADER)?.trim().toLowerCase();
  if (!named) return principal.via === 'apiKey' ? `integration:${principal.name}` : `user:${principal.id}`;
  if (!ORIGIN_NAME.test(named)) {
    throw new GraphQLError(`${ORIGIN_HEADER} must be 1-64 of a-z, 0-9, ".", "_", "-"`, {
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  }
  return `integration:${named}`;
}

/**
 * The request's principal: the one the HTTP gate resolved, else from its cookie or Bearer token; ANONYMOUS
 * without credentials (the schema then refuses every operation with UNAUTHENTICATED).
 */
async function principalOf(req: ContextRequest, db: GraphDb, auth?: Authenticator): Promise<Principal> {
  const known = rememberedPrincipal(req);
  if (known) return known;
  const credential = auth && credentialOf(req);
  return (credential && (await auth.verify(db, credential))) || ANONYMOUS;
}

/** A context function; until the database is connected every request fails with DATABASE_UNAVAILABLE. */
export function contextFactory(getDb: () => GraphDb | undefined, auth?: Authenticator) {
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
    const principal = await principalOf(req, db, auth);
    return { db, principal, origin: originOf(req, principal), audit: new AuditLog(db) };
  };
}
