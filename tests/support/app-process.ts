// The real server (server/main.ts) as a child process on a free port, so a test can SIGKILL it.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { REPO_ROOT } from '../../server/db/config.js';
import { freePort } from '../../server/db/ports.js';

export interface AppProcess {
  url: string;
  pid: number;
  /** Its stdout and stderr, last 16 kB. */
  output(): string;
  /** kill -9: no drain, no driver close; Neo4j sees the Bolt connections drop. */
  kill(): Promise<void>;
  /** SIGTERM (graceful shutdown); SIGKILL after 20 s. */
  stop(): Promise<void>;
}

export interface Neo4jTarget {
  uri: string;
  username: string;
  password: string;
  database: string;
}

/** Waits for /readyz 200 (it applies the schema and loads the query library first). */
export async function startAppProcess(neo4j: Neo4jTarget, extraEnv: Record<string, string> = {}) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let tail = '';
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.username,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database,
      THREADLINE_SEED: 'none',
      // contracts §4: the first admin is created from these when the database has no user yet.
      THREADLINE_ADMIN_USERNAME: 'admin',
      THREADLINE_ADMIN_PASSWORD: randomBytes(18).toString('base64url'),
      NODE_ENV: 'production',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-16_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((res) => child.once('exit', () => res()));
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${tail}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server was not ready in 300 s:\n${tail}`);
    }
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((r) => setTimeout(r, 300));
  }
  const running = () => child.exitCode === null && child.signalCode === null;
  const app: AppProcess = {
    url,
    pid: child.pid as number,
    output: () => tail,
    kill: async () => {
      if (!running()) return;
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (!running()) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
  return app;
}
