// Typed errors with stable codes: the API, the CLI and tests check the code, never the message text.

export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'BATCH_TOO_LARGE',
  'CONFLICT',
  'DATABASE_UNAVAILABLE',
  'QUERY_REFUSED',
  'QUERY_TIMEOUT',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'FORBIDDEN',
  'RATE_LIMITED',
  'RESULT_TOO_LARGE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorDetail {
  /** Where the problem is, e.g. `entities[3].properties.birthDate`. */
  path?: string;
  message: string;
}

export class ThreadlineError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: readonly ErrorDetail[] = [],
    /** The same request may succeed later unchanged (the database was away). */
    readonly retryable = false,
  ) {
    super(message);
    this.name = 'ThreadlineError';
  }
}

export const badInput = (message: string, details: readonly ErrorDetail[] = []): ThreadlineError =>
  new ThreadlineError('BAD_USER_INPUT', message, details);

export const notFound = (message: string, details: readonly ErrorDetail[] = []): ThreadlineError =>
  new ThreadlineError('NOT_FOUND', message, details);
