// The session in React: the signed-in user and what their roles allow.
import { can, type Permission } from '../state/permissions.js';
import { type SessionState, session } from '../state/session.js';
import { useStore } from '../state/store.js';

export function useSession<R>(select: (s: SessionState) => R): R {
  return useStore(session, select);
}

/** Whether the signed-in user's roles grant `permission`. */
export function useCan(permission: Permission): boolean {
  return useStore(session, (s) => can(s, permission));
}
