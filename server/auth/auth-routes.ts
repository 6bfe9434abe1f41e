// POST /auth/login, POST /auth/logout, GET /auth/me (contracts.md §3; docs/security.md).
import express, { type Request, type Response, Router } from 'express';
import { AuditLog } from '../audit/audit-log.js';
import type { AuditInput } from '../audit/audit-types.js';
import type { Principal } from '../graphql/context.js';
import type { GraphDb } from '../runtime/graph-db.js';
import { errorBody } from './auth-errors.js';
import { type Authenticator, credentialOf } from './authenticator.js';
import { answerUnauthenticated, answerUnavailable } from './http-gate.js';
import { clearedSessionCookie, SESSION_COOKIE, sessionCookie, sessionTokenOf } from './session-cookie.js';

/** Largest login body: a user name and a password. */
export const LOGIN_BODY = '16kb';

export interface AuthRouteOptions {
  auth: Authenticator;
  getDb: () => GraphDb | undefined;
  log?: (message: string, error: unknown) => void;
}

const codeOf = (error: unknown) => (error as { code?: string }).code;

export function authRoutes(options: AuthRouteOptions): Router {
  const { auth } = options;
  const log = options.log ?? ((m, e) => console.error(m, e));
  const router = Router();
  // Login and logout are recorded; a failing audit write is logged, not a reason to lock everyone out.
  const audit = (db: GraphDb, entry: AuditInput) =>
    new AuditLog(db).record(entry).catch((error) => log('audit record failed', error));

  router.post('/auth/login', express.json({ limit: LOGIN_BODY }), async (req: Request, res: Response) => {
    const db = options.getDb();
    if (!db) return answerUnavailable(res);
    const { username, password } = (req.body ?? {}) as { username?: unknown; password?: unknown };
    // JSON only: a cross-site form cannot send it without a preflight, so no one is logged in by another site.
    if (!req.is('application/json') || typeof username !== 'string' || typeof password !== 'string') {
      res.status(400).json(errorBody('BAD_USER_INPUT', 'Send JSON {"username": "...", "password": "..."}'));
      return;
    }
    const ip = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    const attempt: Principal = {
      id: `login:${username.trim().toLowerCase()}`,
      name: username,
      roles: [],
      via: 'anonymous',
    };
    try {
      const session = await auth.login(db, username, password, ip);
      res.append('Set-Cookie', sessionCookie(session.token, session.expiresAt, auth.config.cookieSecure));
      res.set('Cache-Control', 'no-store');
      res.json({ username: session.principal.name, roles: session.principal.roles });
      await audit(db, { action: 'login', principal: session.principal, outcome: 'ok' });
    } catch (error) {
      const code = codeOf(error);
      if (code === 'INVALID_CREDENTIALS' || code === 'RATE_LIMITED') {
        const retry =
          code === 'RATE_LIMITED'
            ? (error as { details?: { message: string }[] }).details?.[0]?.message
            : undefined;
        if (retry) res.set('Retry-After', retry);
        res.status(code === 'RATE_LIMITED' ? 429 : 401).json(errorBody(code, (error as Error).message));
        await audit(db, { action: 'login', principal: attempt, outcome: 'denied', errorCode: code });
        return;
      }
      log('login failed', error);
      res.status(503).json(errorBody('DATABASE_UNAVAILABLE', 'Login is unavailable; retry shortly'));
    }
  });

  router.post('/auth/logout', async (req: Request, res: Response) => {
    const token = sessionTokenOf(req.header('cookie'));
    const db = options.getDb();
    res.append('Set-Cookie', clearedSessionCookie(auth.config.cookieSecure));
    if (token && db) {
      const principal = await auth.verify(db, { kind: 'session', token }).catch(() => undefined);
      await auth.logout(db, token).catch((error) => log('logout failed', error));
      if (principal) await audit(db, { action: 'logout', principal, outcome: 'ok' });
    }
    res.status(204).end();
  });

  router.get('/auth/me', async (req: Request, res: Response) => {
    const credential = credentialOf(req);
    if (!credential) return answerUnauthenticated(res, 'Not signed in');
    const db = options.getDb();
    if (!db) return answerUnavailable(res);
    let principal: Principal | undefined;
    try {
      principal = await auth.verify(db, credential);
    } catch (error) {
      // The credential could not be checked (Neo4j away): say so, rather than sign the UI out.
      log('credential check failed', error);
      return answerUnavailable(res);
    }
    if (!principal) {
      if (credential.kind === 'session')
        res.append('Set-Cookie', clearedSessionCookie(auth.config.cookieSecure));
      return answerUnauthenticated(res, 'The credentials are invalid, expired or revoked');
    }
    res.set('Cache-Control', 'no-store');
    res.json({ username: principal.name, roles: principal.roles, via: principal.via });
  });

  return router;
}

export { SESSION_COOKIE };
