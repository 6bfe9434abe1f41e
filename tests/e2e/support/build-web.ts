// Builds web/dist once per run when any UI source is newer than the last build (a full build takes a while).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const DIST = path.join(ROOT, 'web/dist/index.html');

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

function fresh(): boolean {
  const sources = Math.max(
    newest(path.join(ROOT, 'web/src')),
    newest(path.join(ROOT, 'model')),
    statSync(path.join(ROOT, 'web/index.html')).mtimeMs,
  );
  return existsSync(DIST) && statSync(DIST).mtimeMs > sources;
}

const LOCK = path.join(ROOT, 'web/.build-lock');

/** Build unless fresh; e2e files run in parallel forks, so one builds while the others wait for it. */
export async function ensureWebBuild(): Promise<void> {
  if (process.env.THREADLINE_E2E_URL) return;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // Another fork is building; a lock older than 15 minutes is left over from a killed run.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 900_000)
        rmSync(LOCK, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
  try {
    if (!fresh()) build();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

function build(): void {
  const result = spawnSync('npm', ['run', 'build:web'], {
    cwd: ROOT,
    stdio: 'pipe',
    encoding: 'utf8',
    timeout: 600_000,
  });
  if (result.status !== 0) throw new Error(`npm run build:web failed:\n${result.stdout}\n${result.stderr}`);
}
