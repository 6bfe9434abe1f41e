// HTTP 503 (with Retry-After) for a GraphQL response that failed because the database was away, so
// proxies, load balancers and integrations see an ordinary "try again" rather than a 200 holding an error.
import type { ApolloServerPlugin } from '@apollo/server';
import { rootCause, toApiError } from './to-api-error.js';

/** Seconds a client is told to wait before retrying. Defaults to 2. */
export const RETRY_AFTER_SECONDS = 2;

export function unavailableStatusPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, response }) {
          const unavailable = errors.some((e) => toApiError(rootCause(e))?.code === 'DATABASE_UNAVAILABLE');
          if (!unavailable) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
