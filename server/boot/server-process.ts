// The real server (server/main.ts) as a child process on a free port, ready when /readyz answers 200 (it applies
// the schema and loads the query library first). Used by the benchmarks (a child's RSS is the server's alone, and
// the load generator does not share its event loop) and by tests that must SIGKILL the server.
import { type ChildProcess, spawn } from 'node:child_process';
import { REPO_ROOT } from '../db/config.js';
import { freePort } from '../db/ports.js';

export interface ServerProcess {
  url: string;
  pid: number;
  /** Its stdout and stderr, last 16 kB. */
  output(): string;
  /** kill -9: no drain, no driver close; Neo4j sees the Bolt connections drop. */
  kill(): Promise<void>;
  /** SIGTERM (graceful shutdown); SIGKILL after 20 s. */
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 300_000;
const STOP_GRACE_MS = 20_000;

/** Spawns the server with PORT/HOST set and `env` over this process's environment; waits until it is ready. */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let tail = '';
  // THREADLINE_CPU_PROFILE_DIR: the server writes a V8 CPU profile there when it stops (Node refuses
  // --cpu-prof in NODE_OPTIONS, so the bench cannot pass it through the environment).
  const profileDir = process.env.THREADLINE_CPU_PROFILE_DIR;
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...profile, '--import', 'tsx', 'server/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-16_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((res) => child.once('exit', () => res()));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the Threadline server exited (${child.exitCode}):\n${tail}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the Threadline server was not ready in ${READY_TIMEOUT_MS / 1000} s:\n${tail}`);
    }
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((r) => setTimeout(r, 300));
  }
  const running = () => child.exitCode === null && child.signalCode === null;
  return {
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
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}
