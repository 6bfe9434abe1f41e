// Opening the neo4j-driver: connectivity checks with backoff, and errors a person can act on.
import neo4j, { type Config, type Driver } from 'neo4j-driver';
import { tuneBoltSockets } from './bolt-sockets.js';
import { ThreadlineDbError } from './errors.js';
import type { Neo4jConnection } from './provision.js';

export { ThreadlineDbError } from './errors.js';

export interface ConnectOptions {
  log?: (line: string) => void;
  /** Further attempts after the first when the server is unreachable. Default 5 (about 15 s in total). */
  retries?: number;
  /** First backoff delay, doubled per attempt up to 5 s. Default 500 ms. */
  initialDelayMs?: number;
  /** Extra neo4j-driver settings (e.g. disableLosslessIntegers). */
  driverConfig?: Config;
}

type ConnectionInfo = Pick<Neo4jConnection, 'uri' | 'username' | 'password' | 'database'>;

const MAX_DELAY_MS = 5_000;
// Retrying these cannot help: the credentials or database name are wrong, and Neo4j rate-limits
// repeated failed logins, so hammering it would only lock the user out.
const PERMANENT = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

/** A driver whose connectivity (and credentials) were verified; closes it again on failure. */
export async function connectDriver(conn: ConnectionInfo, opts: ConnectOptions = {}): Promise<Driver> {
  const retries = opts.retries ?? 5;
  const log = opts.log ?? (() => {});
  let delay = opts.initialDelayMs ?? 500;
  let driver: Driver;
  tuneBoltSockets();
  try {
    driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.username, conn.password), {
      userAgent: 'threadline',
      connectionTimeout: 10_000,
      ...opts.driverConfig,
    });
  } catch (err) {
    // A malformed URI fails here, synchronously.
    throw new ThreadlineDbError(
      'DATABASE_UNAVAILABLE',
      `NEO4J_URI "${conn.uri}" is not a valid Neo4j URI (${messageOf(err)}); use e.g. neo4j://host:7687 or bolt://host:7687.`,
      { cause: err },
    );
  }

  for (let attempt = 0; ; attempt++) {
    try {
      await driver.verifyConnectivity({ database: conn.database });
      return driver;
    } catch (err) {
      const code = codeOf(err);
      if (PERMANENT.has(code) || attempt >= retries) {
        await driver.close().catch(() => {});
        throw toDbError(err, conn, attempt + 1);
      }
      log(`Neo4j at ${conn.uri} not reachable yet (${shortMessage(err)}); retrying in ${delay} ms`);
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, MAX_DELAY_MS);
    }
  }
}

/** Maps a neo4j-driver error to one clear ThreadlineDbError naming the URI and the fix. */
export function toDbError(err: unknown, conn: ConnectionInfo, attempts = 1): ThreadlineDbError {
  const code = codeOf(err);
  if (code.startsWith('Neo.ClientError.Security.')) {
    const why =
      code === 'Neo.ClientError.Security.AuthenticationRateLimit'
        ? 'refused the login after too many failed attempts (wait a few seconds, then retry)'
        : `rejected the credentials for user "${conn.username}"`;
    return new ThreadlineDbError(
      'DATABASE_AUTH',
      `Neo4j at ${conn.uri} ${why}: check NEO4J_USERNAME and NEO4J_PASSWORD.`,
      { cause: err },
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new ThreadlineDbError(
      'DATABASE_UNAVAILABLE',
      `Neo4j at ${conn.uri} has no database "${conn.database}": check NEO4J_DATABASE.`,
      { cause: err },
    );
  }
  return new ThreadlineDbError(
    'DATABASE_UNAVAILABLE',
    `Cannot reach Neo4j at ${conn.uri} (${shortMessage(err)}; ${attempts} attempt${attempts === 1 ? '' : 's'}). ` +
      'Check that the server is running and reachable, or fix NEO4J_URI (unset it to use the embedded Neo4j).',
    { cause: err },
  );
}

function codeOf(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The driver's messages can run to several lines of routing detail; the first sentence is enough. */
function shortMessage(err: unknown): string {
  const first = messageOf(err).split('\n')[0] ?? '';
  return first.length > 200 ? `${first.slice(0, 197)}...` : first;
}
