// The signed-in user: checked with GET /auth/me at start, lost on any 401 (the canvas stays as it was).
import { login, logout, me, type SessionUser, watchUnauthenticated } from '../api/auth.js';
import { createStore } from './store.js';

export type SessionStatus = 'checking' | 'signed-out' | 'signed-in';

export interface SessionState {
  status: SessionStatus;
  user: SessionUser | null;
  /** Set when a session that was signed in stopped working: the login screen says so. */
  expired: boolean;
  /** Whether anyone has signed in during this page's life: the workbench mounts once, then stays. */
  everSignedIn: boolean;
  /** Why the server could not be asked (network), shown on the login screen. */
  error: string | null;
  /** The server has no authentication (no /auth/me): nothing to sign in to, nothing hidden. */
  open: boolean;
}

export const session = createStore<SessionState>({
  status: 'checking',
  user: null,
  expired: false,
  everSignedIn: false,
  error: null,
  open: false,
});

function signedIn(user: SessionUser): void {
  session.set({ status: 'signed-in', user, expired: false, everSignedIn: true, error: null });
}

/** Called once at start: asks who we are and watches every later request for a 401. */
export async function startSession(): Promise<void> {
  watchUnauthenticated(() => {
    if (session.get().status === 'signed-in') session.set({ status: 'signed-out', expired: true });
  });
  try {
    const user = await me();
    if (user === 'open') session.set({ status: 'signed-in', open: true, everSignedIn: true });
    else if (user) signedIn(user);
    else session.set({ status: 'signed-out' });
  } catch (error) {
    session.set({ status: 'signed-out', error: (error as Error).message });
  }
}

/** Throws the server's error (code INVALID_CREDENTIALS, RATE_LIMITED) for the form to show. */
export async function signIn(username: string, password: string): Promise<void> {
  signedIn(await login(username, password));
}

/** Ends the session and reloads: the next user must not find this user's canvas, panels or undo history. */
export async function signOut(): Promise<void> {
  await logout().catch(() => {});
  session.set({ status: 'signed-out', user: null, expired: false });
  window.location.assign('/');
}
