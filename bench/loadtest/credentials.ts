// Credentials the load generator sends: an API key created directly in the bench database (contracts §4).
import { randomBytes } from 'node:crypto';
import { createApiKey } from '../../server/auth/api-keys.js';
import type { GraphDb } from '../../server/runtime/graph-db.js';

/** Investigators and the writer share one key: the roles of an investigator and an integration. */
export async function loadTestHeaders(db: GraphDb): Promise<Record<string, string>> {
  const { key } = await createApiKey(db, {
    name: `loadtest-${randomBytes(4).toString('hex')}`,
    roles: ['investigator', 'integration'],
  });
  return { authorization: `Bearer ${key}` };
}
