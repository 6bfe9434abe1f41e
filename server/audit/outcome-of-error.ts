// The outcome and stable code an entry records for an error.
import { GraphQLError } from 'graphql';
import { rootCause, toApiError } from '../graphql/errors/to-api-error.js';
import type { AuditOutcome } from './audit-types.js';

const DENIED = new Set(['FORBIDDEN', 'UNAUTHENTICATED', 'RATE_LIMITED']);

export function errorCodeOf(error: unknown): string {
  const cause = rootCause(error);
  const api = toApiError(cause);
  if (api) return api.code;
  for (const candidate of [cause, error]) {
    if (candidate instanceof GraphQLError && typeof candidate.extensions.code === 'string') {
      return candidate.extensions.code;
    }
  }
  return 'INTERNAL';
}

export function outcomeOf(errorCode: string): AuditOutcome {
  return DENIED.has(errorCode) ? 'denied' : 'error';
}
