// Choosing where Neo4j comes from: an existing server (NEO4J_URI) or the embedded launcher.
import { type DbConfig, embeddedStoreDir, readDbConfig } from './config.js';
import { startEmbeddedNeo4j } from './embedded.js';
import { ThreadlineDbError } from './errors.js';
import { freePort, isPortFree } from './ports.js';

export type Neo4jKind = 'external' | 'embedded' | 'testcontainers';

/** Everything needed to open a driver, plus how to give the database back. */
export interface Neo4jConnection {
  kind: Neo4jKind;
  uri: string;
  username: string;
  password: string;
  database: string;
  /** Stops what provisioning started (the embedded JVM, a container); a no-op for an external server. */
  stop(): Promise<void>;
}

export interface ProvisionOptions {
  /** Defaults to readDbConfig(process.env). */
  config?: DbConfig;
  log?: (line: string) => void;
  /** Overrides the embedded store folder (default `<THREADLINE_DATA_DIR>/neo4j`). */
  storeDir?: string;
  /** Overrides the embedded Bolt port; treated as explicit (a busy port is an error). */
  port?: number;
  startTimeoutMs?: number;
}

/**
 * Strategy order: NEO4J_URI set -> that server (the driver handles neo4j://, neo4j+s://, bolt:// and
 * routing itself); otherwise the embedded Neo4j under THREADLINE_DATA_DIR. Testcontainers is a test-only
 * strategy (tests/setup), so the app never needs Docker.
 */
export async function provisionNeo4j(opts: ProvisionOptions = {}): Promise<Neo4jConnection> {
  const config = opts.config ?? readDbConfig();
  const log = opts.log ?? (() => {});

  if (config.uri) {
    log(`using the Neo4j server at ${config.uri} (NEO4J_URI)`);
    return {
      kind: 'external',
      uri: config.uri,
      username: config.username,
      // An auth-disabled server accepts any password; an auth-enabled one answers with DATABASE_AUTH,
      // whose message tells the user to set NEO4J_PASSWORD.
      password: config.password ?? '',
      database: config.database,
      stop: async () => {},
    };
  }

  const storeDir = opts.storeDir ?? embeddedStoreDir(config);
  const explicit = opts.port !== undefined || config.boltPortExplicit;
  let port = await choosePort(opts.port ?? config.boltPort, explicit, log);
  log(`starting the embedded Neo4j (data in ${storeDir}, bolt port ${port})`);
  for (let attempt = 1; ; attempt++) {
    try {
      const embedded = await startEmbeddedNeo4j({
        dataDir: storeDir,
        port,
        heap: config.heap,
        pageCache: config.pageCache,
        log,
        ...(opts.startTimeoutMs === undefined ? {} : { startTimeoutMs: opts.startTimeoutMs }),
      });
      return {
        kind: 'embedded',
        uri: embedded.uri,
        username: embedded.username,
        password: embedded.password,
        // The embedded launcher serves the default database only; NEO4J_DATABASE applies to servers.
        database: embedded.database,
        stop: embedded.stop,
      };
    } catch (err) {
      // Another program can grab the port between our check and the JVM's bind; pick again once.
      if (err instanceof ThreadlineDbError && err.code === 'PORT_IN_USE' && !explicit && attempt < 2) {
        port = await freePort();
        log(`the port was taken meanwhile; retrying on ${port}`);
        continue;
      }
      throw err;
    }
  }
}

async function choosePort(wanted: number, explicit: boolean, log: (line: string) => void): Promise<number> {
  if (await isPortFree(wanted)) return wanted;
  if (explicit) {
    throw new ThreadlineDbError(
      'PORT_IN_USE',
      `Port ${wanted} on 127.0.0.1 (NEO4J_BOLT_PORT) is already in use; stop what uses it or choose another port.`,
    );
  }
  const port = await freePort();
  log(
    `port ${wanted} is in use by another program; the embedded Neo4j uses port ${port} instead (set NEO4J_BOLT_PORT to choose)`,
  );
  return port;
}
