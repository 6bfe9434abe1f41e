// Runs the real Threadline server (server/main.ts) as a child on a free port, against the bench Neo4j.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { REPO_ROOT } from '../server/db/config.js';
import { freePort } from '../server/db/index.js';

export interface ThreadlineServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

// A child process, not in-process: its RSS is then the server's alone, and the load generator in this
// process does not share the server's event loop (which would flatter neither side).
export async function startThreadline(
  neo4j: { uri: string; password: string },
  log: (line: string) => void,
): Promise<ThreadlineServer> {
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
      NEO4J_USERNAME: 'neo4j',
      NEO4J_PASSWORD: neo4j.password,
      NODE_ENV: 'production',
      // The first admin of a fresh store gets this password instead of a generated one written to a file;
      // the bench itself calls with an API key (bench/main.ts).
      THREADLINE_ADMIN_PASSWORD:
        process.env.THREADLINE_ADMIN_PASSWORD ?? `bench-${randomBytes(12).toString('hex')}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-8_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the Threadline server exited (${child.exitCode}):\n${tail}`);
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`the Threadline server was not ready in 300 s:\n${tail}`);
    }
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  log(`threadline: server ready at ${url} (pid ${child.pid})`);
  const exited = new Promise<void>((res) => child.once('exit', () => res()));
  return {
    url,
    pid: child.pid as number,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
