// The first administrator, created at boot (contracts.md §4). THREADLINE_ADMIN_PASSWORD set: the user
// THREADLINE_ADMIN_USERNAME (default admin) is created with it when absent (an existing one is never changed).
// Unset, on a database without users: a password is generated, printed once and written to
// <THREADLINE_DATA_DIR>/initial-admin-password (mode 0600), for the operator to change.
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readDbConfig } from '../db/config.js';
import type { GraphDb } from '../runtime/graph-db.js';
import { countUsers, createUser, findUser } from './users.js';

export const INITIAL_PASSWORD_FILE = 'initial-admin-password';

export interface FirstAdminResult {
  created: boolean;
  username: string;
  /** Where a generated password was written; undefined when none was generated. */
  passwordFile?: string;
}

const isConflict = (error: unknown) => (error as { code?: string }).code === 'CONFLICT';

export async function ensureFirstAdmin(
  db: GraphDb,
  log: (line: string) => void,
  env: NodeJS.ProcessEnv = process.env,
): Promise<FirstAdminResult> {
  const username = (env.THREADLINE_ADMIN_USERNAME || 'admin').trim().toLowerCase();
  const given = env.THREADLINE_ADMIN_PASSWORD;
  if (given) {
    if (await findUser(db, username)) return { created: false, username };
    try {
      await createUser(db, { username, password: given, roles: ['admin'] });
    } catch (error) {
      if (isConflict(error)) return { created: false, username }; // another instance made it meanwhile
      throw error;
    }
    log(`auth: created the administrator "${username}" from THREADLINE_ADMIN_PASSWORD`);
    return { created: true, username };
  }
  if ((await countUsers(db)) > 0) return { created: false, username };
  const password = randomBytes(18).toString('base64url');
  try {
    await createUser(db, { username, password, roles: ['admin'] });
  } catch (error) {
    if (isConflict(error)) return { created: false, username };
    throw error;
  }
  const dir = readDbConfig(env).dataDir;
  const passwordFile = path.join(dir, INITIAL_PASSWORD_FILE);
  await mkdir(dir, { recursive: true });
  await writeFile(passwordFile, `${username}\n${password}\n`, { mode: 0o600 });
  log(
    `auth: created the administrator "${username}" with the generated password ${password} ` +
      `(shown once; also in ${passwordFile}, mode 0600). Change it: threadline user set-password ${username}`,
  );
  return { created: true, username, passwordFile };
}
