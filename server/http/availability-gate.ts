// Fails GraphQL requests at once (503, retryable, Retry-After) while the readiness watcher knows Neo4j is
// away, instead of letting each one wait on the driver's retries. Mounted before authentication, which
// needs the database too.
import type { RequestHandler } from 'express';
import { RETRY_AFTER_SECONDS } from '../graphql/errors/unavailable-status.js';
import type { Readiness } from './readiness.js';

export function availabilityGate(readiness: Readiness): RequestHandler {
  return (_req, res, next) => {
    if (!readiness.unavailable) return next();
    res.set('Retry-After', String(RETRY_AFTER_SECONDS));
    res.status(503).json({
      errors: [
        {
          message: 'The database is unavailable; retry shortly',
          extensions: { code: 'DATABASE_UNAVAILABLE', retryable: true },
        },
      ],
    });
  };
}
