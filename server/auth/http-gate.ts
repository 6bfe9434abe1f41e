// The HTTP gate: resolves the caller from the session cookie or Bearer token, remembers them for the handlers
// that follow (GraphQL context, exports, rate limits), and answers 401 when a non-public request has none.
import type { RequestHandler, Response } from 'express';
import { isThreadlineDbError } from '../db/errors.js';
import type { GraphDb } from '../runtime/graph-db.js';
import { errorBody } from './auth-errors.js';
import { type Authenticator, credentialOf } from './authenticator.js';
import { rememberPrincipal } from './request-principal.js';
import { clearedSessionCookie } from './session-cookie.js';

export interface GateOptions {
  auth: Authenticator;
  getDb: () => GraphDb | undefined;
  isPublic: (method: string, path: string) => boolean;
}

export function answerUnauthenticated(res: Response, message: string): void {
  res.set('WWW-Authenticate', 'Bearer realm="threadline"');
  res.status(401).json(errorBody('UNAUTHENTICATED', message));
}

export function answerUnavailable(res: Response): void {
  res.set('Retry-After', '5');
  res.status(503).json({
    errors: [
      {
        message: 'The database is unavailable, so credentials cannot be checked; retry shortly',
        extensions: { code: 'DATABASE_UNAVAILABLE', retryable: true },
      },
    ],
  });
}

const isNeo4jUnavailable = (error: unknown) => {
  const code = (error as { code?: string }).code ?? '';
  return isThreadlineDbError(error) || code === 'ServiceUnavailable' || code === 'SessionExpired';
};

export function authGate(options: GateOptions): RequestHandler {
  return async (req, res, next) => {
    if (options.isPublic(req.method, req.path)) return next();
    const credential = credentialOf(req);
    if (!credential)
      return answerUnauthenticated(res, 'Sign in, or send Authorization: Bearer <API key or token>');
    const db = options.getDb();
    if (!db) return answerUnavailable(res);
    try {
      const principal = await options.auth.verify(db, credential);
      if (!principal) {
        if (credential.kind === 'session')
          res.append('Set-Cookie', clearedSessionCookie(options.auth.config.cookieSecure));
        return answerUnauthenticated(res, 'The credentials are invalid, expired or revoked');
      }
      rememberPrincipal(req, principal);
      next();
    } catch (error) {
      if (isNeo4jUnavailable(error)) return answerUnavailable(res);
      next(error);
    }
  };
}
