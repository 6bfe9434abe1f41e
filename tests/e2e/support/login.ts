// Signing the browser in: through the API for most tests (fast), through the form in the login test.
import { createHash } from 'node:crypto';
import type { BrowserContext } from 'playwright-core';

// Passwords derived from the run's own Neo4j password: every test file (each in its own fork, each with its
// own server) agrees on them, and they are never constants that could work on a real install.
const derived = (who: string) =>
  `e2e-${createHash('sha256')
    .update(`${who}|${process.env.NEO4J_URI}|${process.env.NEO4J_PASSWORD}`)
    .digest('base64url')
    .slice(0, 20)}`;

/**
 * The browser tests' users, created in the database by the tests (seed-data.ts) under names of their own:
 * the shared database may already hold an "admin" made by another test with another password.
 */
export const E2E_ADMIN = { username: 'e2e-admin', password: derived('admin'), roles: ['admin'] };
/** A viewer: may read the graph, not save, export, run queries or unmask. */
export const E2E_VIEWER = { username: 'e2e-viewer', password: derived('viewer'), roles: ['viewer'] };

/** True when the server has authentication (GET /auth/me answers 401 or 200, not 404). */
export async function hasAuth(url: string): Promise<boolean> {
  const res = await fetch(`${url}/auth/me`, { headers: { accept: 'application/json' } });
  return res.status !== 404;
}

/** Logs the context in through POST /auth/login: its cookie jar then holds the session cookie. */
export async function signInContext(context: BrowserContext, url: string): Promise<void> {
  if (!(await hasAuth(url))) return;
  const { username, password } = E2E_ADMIN;
  const res = await context.request.post(`${url}/auth/login`, { data: { username, password } });
  if (!res.ok())
    throw new Error(`login as ${E2E_ADMIN.username} failed: ${res.status()} ${await res.text()}`);
}
