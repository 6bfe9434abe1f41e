// Who may run and save analyst queries: the roles granting queries.run (server/auth/roles.ts). The schema's
// policy wrapper checks first; this keeps resolvers safe when called directly.
import { hasPermission, ROLE_PERMISSIONS, ROLES } from '../auth/roles.js';
import { ThreadlineError } from '../errors/threadline-error.js';
import type { Principal } from '../graphql/context.js';

/** Roles that may list, run and save queries, including ad-hoc Cypher. */
export const QUERY_ROLES = ROLES.filter((role) => ROLE_PERMISSIONS[role].includes('queries.run'));

export function requireQueryRole(principal: Principal): void {
  if (!hasPermission(principal.roles, 'queries.run')) {
    throw new ThreadlineError(
      'FORBIDDEN',
      `Saved and ad-hoc queries need the role ${QUERY_ROLES.join(' or ')}`,
    );
  }
}
