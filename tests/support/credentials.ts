// Credentials for HTTP requests to a server on a database a test owns (a private Neo4j, a child process).
import { randomBytes } from 'node:crypto';
import { createApiKey } from '../../server/auth/api-keys.js';
import type { GraphDb } from '../../server/runtime/graph-db.js';

/** An administrator's API key created directly in `db` (contracts §4), as headers for every request. */
export async function adminHeaders(db: GraphDb, name = 'resilience-tests'): Promise<Record<string, string>> {
  const { key } = await createApiKey(db, {
    name: `${name}-${randomBytes(4).toString('hex')}`,
    roles: ['admin'],
  });
  return { authorization: `Bearer ${key}` };
}
