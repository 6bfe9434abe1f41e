// How GET /export learns who asks, what they may export, and where the audit entry goes.
import { LOCAL_ADMIN } from '../graphql/create-context.js';
import { requireQueryRole } from '../queries/query-roles.js';
import { canUnmask } from '../read/privacy.js';
import type { GraphDb } from '../runtime/graph-db.js';
import type { ExportRouteOptions } from './export-route.js';

export function exportRouteOptions(getDb: () => GraphDb | undefined): ExportRouteOptions {
  return {
    getDb,
    principalOf: () => LOCAL_ADMIN,
    authorize: (principal, scope) => {
      if (scope.kind === 'query') requireQueryRole(principal);
    },
    unmask: canUnmask,
  };
}
