// A private embedded Neo4j a fault test can SIGKILL and start again on the same store and port.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from '../../server/db/embedded.js';
import { freePort, isPortFree } from '../../server/db/ports.js';

export interface KillableNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string;
  port: number;
  /** The JVM's process id now (a new one after restart()). */
  readonly pid: number | undefined;
  /** kill -9 the JVM (no shutdown hook, no clean store close) and wait until it is gone. */
  kill(): Promise<void>;
  /** Starts Neo4j again on the same store and port (it recovers from its transaction log). */
  restart(): Promise<void>;
  /** Stops it and removes its folder. */
  close(): Promise<void>;
}

const START_TIMEOUT_MS = 900_000; // a JVM start on a busy shared 2-core machine takes minutes

export async function startKillableNeo4j(name: string, log: (line: string) => void = () => {}) {
  const dir = await mkdtemp(path.join(tmpdir(), `tl-${name}-`));
  const port = await freePort();
  const start = () =>
    startEmbeddedNeo4j({
      dataDir: path.join(dir, 'neo4j'),
      port,
      heap: '1g',
      pageCache: '256m',
      startTimeoutMs: START_TIMEOUT_MS,
      log: (line) => {
        if (line.startsWith('neo4j: ')) log(line);
      },
    });
  let current: EmbeddedNeo4j | undefined = await start();
  const first = current;
  const handle: KillableNeo4j = {
    uri: first.uri,
    username: first.username,
    password: first.password,
    database: first.database,
    port,
    get pid() {
      return current?.pid;
    },
    async kill() {
      const victim = current;
      if (!victim?.pid) return;
      current = undefined;
      process.kill(victim.pid, 'SIGKILL');
      await victim.stop(); // waits for the exit; the SIGTERM it may send to a dying process is harmless
    },
    async restart() {
      if (current) throw new Error('restart() after kill() only');
      // The listening socket dies with the JVM, but let the OS finish with it before binding again.
      for (let i = 0; i < 100 && !(await isPortFree(port)); i++) await new Promise((r) => setTimeout(r, 100));
      current = await start();
    },
    async close() {
      await current?.stop();
      current = undefined;
      await rm(dir, { recursive: true, force: true });
    },
  };
  return handle;
}
