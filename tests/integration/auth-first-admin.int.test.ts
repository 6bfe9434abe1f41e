// The first administrator on a database without users and without THREADLINE_ADMIN_PASSWORD: a generated
// password, printed once and written to <THREADLINE_DATA_DIR>/initial-admin-password with mode 0600. Needs a
// database of its own (the shared one holds other tests' users).
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFirstAdmin, INITIAL_PASSWORD_FILE } from '../../server/auth/first-admin.js';
import { verifyPassword } from '../../server/auth/passwords.js';
import { findUser } from '../../server/auth/users.js';
import { openPrivateGraphDb, type PrivateGraphDb } from '../support/private-neo4j.js';

let neo: PrivateGraphDb;
beforeAll(async () => {
  neo = await openPrivateGraphDb('first-admin');
}, 600_000);
afterAll(async () => {
  await neo?.close();
});

describe('the first administrator without THREADLINE_ADMIN_PASSWORD', () => {
  it('gets a generated password, logged once and kept in a 0600 file; a second boot creates nothing', async () => {
    const env = { THREADLINE_DATA_DIR: neo.dir };
    const log: string[] = [];
    const result = await ensureFirstAdmin(neo.db, (line) => log.push(line), env);
    expect(result).toMatchObject({ created: true, username: 'admin' });
    const file = path.join(neo.dir, INITIAL_PASSWORD_FILE);
    expect(result.passwordFile).toBe(file);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const [username, password] = (await readFile(file, 'utf8')).trim().split('\n') as [string, string];
    expect(username).toBe('admin');
    expect(log.join('\n')).toContain(password);
    const admin = await findUser(neo.db, 'admin');
    expect(admin?.roles).toEqual(['admin']);
    expect(await verifyPassword(admin?.passwordHash ?? '', password)).toBe(true);

    const again = await ensureFirstAdmin(neo.db, (line) => log.push(line), env);
    expect(again.created).toBe(false);
    expect(log.length).toBe(1);
  });
});
