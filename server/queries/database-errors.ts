// Neo4j errors met while checking or running an analyst's query, turned into stable Threadline codes.
import { ThreadlineError } from '../errors/threadline-error.js';

const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped',
]);
const STATEMENT_CODE = /^Neo\.ClientError\.(Statement|Procedure|Schema)\./;
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/** The first line of a database message: the rest is a caret diagram of the query. */
const firstLine = (message: string): string => message.split('\n')[0]?.trim() ?? message;

/**
 * Maps a driver error to a ThreadlineError; anything unknown is returned unchanged, so a bug is
 * reported as itself rather than disguised as bad input.
 */
export function toQueryError(error: unknown, timeoutMs: number): unknown {
  if (error instanceof ThreadlineError) return error;
  const code = String((error as { code?: unknown })?.code ?? '');
  const message = firstLine(String((error as Error)?.message ?? error));
  if (TIMEOUT_CODES.has(code)) {
    return new ThreadlineError(
      'QUERY_TIMEOUT',
      `The query was stopped at its time limit of ${timeoutMs} ms`,
      [{ path: 'timeoutMs', message: `limit ${timeoutMs} ms` }],
    );
  }
  if (code === 'Neo.ClientError.Statement.AccessMode') {
    return new ThreadlineError(
      'QUERY_REFUSED',
      `The database refused a write in a read transaction: ${message}`,
    );
  }
  if (STATEMENT_CODE.test(code)) {
    return new ThreadlineError('BAD_USER_INPUT', `Cypher: ${message}`, [{ path: 'cypher', message }]);
  }
  if (UNAVAILABLE_CODES.has(code)) {
    return new ThreadlineError('DATABASE_UNAVAILABLE', `The database is not reachable: ${message}`, [], true);
  }
  return error;
}
