// Who may run and save analyst queries. Authentication fills `principal.roles`; this only reads them.
import { ThreadlineError } from '../errors/threadline-error.js';
import type { Principal } from '../graphql/context.js';

/** Roles that may list, run and save queries, including ad-hoc Cypher. */
export const QUERY_ROLES = ['analyst', 'admin'] as const;

export function requireQueryRole(principal: Principal): void {
  if (!principal.roles.some((role) => (QUERY_ROLES as readonly string[]).includes(role))) {
    throw new ThreadlineError(
      'FORBIDDEN',
      `Saved and ad-hoc queries need the role ${QUERY_ROLES.join(' or ')}`,
    );
  }
}
