// Principals that are not looked up: the in-process administrator and the caller without credentials.
import type { Principal } from '../graphql/context.js';

/** In-process callers (CLI, tests through openApi()): every permission, recorded as `local`. */
export const LOCAL_ADMIN: Principal = {
  id: 'local',
  name: 'Local administrator',
  roles: ['admin'],
  via: 'local',
};

/** No credentials: allowed nothing; the schema answers UNAUTHENTICATED. */
export const ANONYMOUS: Principal = { id: 'anonymous', name: 'Anonymous', roles: [], via: 'anonymous' };

export const isAuthenticated = (principal: Principal | null | undefined): principal is Principal =>
  !!principal && principal.via !== 'anonymous';
