// How GET /export learns who asks, what they may export, and where the audit entry goes.
import { checkPermission } from '../auth/enforce-policy.js';
import { ANONYMOUS } from '../auth/principals.js';
import { rememberedPrincipal } from '../auth/request-principal.js';
import { requireQueryRole } from '../queries/query-roles.js';
import { canUnmask } from '../read/privacy.js';
import type { GraphDb } from '../runtime/graph-db.js';
import type { ExportRouteOptions } from './export-route.js';

export function exportRouteOptions(getDb: () => GraphDb | undefined): ExportRouteOptions {
  return {
    getDb,
    // The auth gate resolved (or refused) the caller before this route runs.
    principalOf: (req) => rememberedPrincipal(req) ?? ANONYMOUS,
    authorize: (principal, scope) => {
      checkPermission(principal, 'graph.export', 'GET /export');
      if (scope.kind === 'query') requireQueryRole(principal);
    },
    unmask: canUnmask,
  };
}
