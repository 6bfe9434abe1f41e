// When Neo4j goes away: which driver errors mean "the database is not there" and how long the driver may
// retry before a request gives up (fail fast, retryable), rather than holding the caller for 30 s.
import type { Config } from 'neo4j-driver';

/**
 * Driver settings for the server. maxTransactionRetryTime bounds how long one transaction function
 * (executeWrite, executeQuery) retries transient errors and refused connections: the driver's default of
 * 30 s would hold every request of an outage for half a minute. Defaults to 5_000 ms.
 */
export const SERVER_DRIVER_CONFIG: Config = {
  maxTransactionRetryTime: 5_000,
};

// Connection refused or lost, the database starting or stopping (recovery after a crash), a cluster
// member gone: the same request may succeed unchanged once Neo4j is back.
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);
const UNAVAILABLE_PREFIXES = [
  'Neo.TransientError.General.',
  'Neo.TransientError.Database.',
  'Neo.ClientError.Cluster.',
];

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** True when the error says Neo4j cannot be reached or is not serving (as opposed to a bad query). */
export function isConnectivityError(error: unknown): boolean {
  const code = codeOf(error);
  return UNAVAILABLE_CODES.has(code) || UNAVAILABLE_PREFIXES.some((p) => code.startsWith(p));
}
