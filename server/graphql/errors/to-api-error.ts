// What a thrown error means to a client: a stable code, details, and whether retrying may help.
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { isThreadlineDbError } from '../../db/errors.js';
import { type ErrorCode, type ErrorDetail, ThreadlineError } from '../../errors/threadline-error.js';
import { isConnectivityError } from '../../runtime/availability.js';

export interface ApiError {
  code: ErrorCode;
  message: string;
  details: readonly ErrorDetail[];
  retryable: boolean;
}

const LOCK_CLIENT_STOPPED = 'Neo.ClientError.Transaction.LockClientStopped';

/** The error itself, or the one it wraps (resolver and context errors arrive wrapped in GraphQLError). */
export function rootCause(error: unknown): unknown {
  let current = error;
  for (let i = 0; i < 5 && current instanceof GraphQLError && current.originalError; i++) {
    current = current.originalError;
  }
  return current;
}

function fromNeo4j(error: Neo4jError): ApiError | undefined {
  const code = error.code ?? '';
  if (isConnectivityError(error)) {
    return {
      code: 'DATABASE_UNAVAILABLE',
      message: 'The database is unavailable; retry shortly',
      details: [],
      retryable: true,
    };
  }
  // LockClientStopped: the transaction was stopped while it waited for a lock, i.e. it timed out.
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || code === LOCK_CLIENT_STOPPED) {
    return {
      code: 'QUERY_TIMEOUT',
      message: 'The query ran out of time; narrow it down',
      details: [],
      retryable: false,
    };
  }
  if (code.startsWith('Neo.TransientError.Transaction.')) {
    return {
      code: 'CONFLICT',
      message: 'A concurrent write got in the way; retry',
      details: [],
      retryable: true,
    };
  }
  // Any other transient error (Neo4j says so itself): the same request may succeed later unchanged.
  if (code.includes('TransientError')) {
    return {
      code: 'DATABASE_UNAVAILABLE',
      message: 'The database could not serve this now; retry shortly',
      details: [],
      retryable: true,
    };
  }
  return undefined;
}

/** The client-facing meaning of an error, or undefined when it is a bug (to be logged, never shown). */
export function toApiError(error: unknown): ApiError | undefined {
  if (error instanceof ThreadlineError) {
    return { code: error.code, message: error.message, details: error.details, retryable: error.retryable };
  }
  if (isThreadlineDbError(error)) {
    return { code: 'DATABASE_UNAVAILABLE', message: error.message, details: [], retryable: true };
  }
  if (error instanceof Neo4jError) return fromNeo4j(error);
  return undefined;
}
