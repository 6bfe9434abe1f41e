// Database provisioning errors: one stable code per situation a person can fix, and a message that says how.

export const DB_ERROR_CODES = [
  'DATABASE_UNAVAILABLE',
  'DATABASE_AUTH',
  'JAVA_MISSING',
  'PORT_IN_USE',
  'STORE_LOCKED',
] as const;
export type DbErrorCode = (typeof DB_ERROR_CODES)[number];

/**
 * Raised by provisioning and connecting. The message is meant to be the first (and usually only) thing a
 * person reads, so it names the URI or folder involved and the fix; the original error stays in `cause`
 * for logs, never in the message.
 */
export class ThreadlineDbError extends Error {
  constructor(
    readonly code: DbErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ThreadlineDbError';
  }
}

export const isThreadlineDbError = (e: unknown): e is ThreadlineDbError => e instanceof ThreadlineDbError;
