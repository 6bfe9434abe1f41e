// What the signed-in user may do, from the server's own role table (server/auth/roles.ts): the UI hides what
// a role does not allow, the server refuses it regardless.
import { hasPermission, isRole, type Permission } from '../../../server/auth/roles.js';
import type { SessionState } from './session.js';

export type { Permission };

export function can(s: Pick<SessionState, 'user' | 'open'>, permission: Permission): boolean {
  if (s.open) return true;
  return !!s.user && hasPermission(s.user.roles.filter(isRole), permission);
}
