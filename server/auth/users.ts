// Local accounts in Neo4j (:User): argon2id password hashes, roles, disabled flag. Never returns a hash.
import { badInput, notFound, ThreadlineError } from '../errors/threadline-error.js';
import type { GraphDb } from '../runtime/graph-db.js';
import { checkPasswordRules, hashPassword } from './passwords.js';
import { isRole, type Role, unknownRoles } from './roles.js';
import { randomId } from './tokens.js';

export interface UserView {
  id: string;
  username: string;
  roles: Role[];
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A user with the password hash, for login only. */
export interface StoredUser extends UserView {
  passwordHash: string;
}

const USERNAME = /^[a-z0-9][a-z0-9._@-]{0,63}$/;

export function normalUsername(raw: string): string {
  const name = raw.trim().toLowerCase();
  if (!USERNAME.test(name)) {
    throw badInput('A username is 1-64 of a-z, 0-9, ".", "_", "@", "-", starting with a letter or digit', [
      { path: 'username', message: `"${raw}" is not a valid username` },
    ]);
  }
  return name;
}

export function checkRoles(roles: readonly string[]): Role[] {
  const unknown = unknownRoles(roles);
  if (unknown.length > 0 || roles.length === 0) {
    throw badInput(`Roles must be one or more of viewer, investigator, analyst, editor, integration, admin`, [
      { path: 'roles', message: unknown.length ? `unknown: ${unknown.join(', ')}` : 'none given' },
    ]);
  }
  return [...new Set(roles)].filter(isRole);
}

const VIEW = `u { .id, .username, .roles, .disabled, .createdAt, .updatedAt }`;

function toView(row: Record<string, unknown>): UserView {
  return {
    id: String(row.id),
    username: String(row.username),
    roles: ((row.roles as string[] | null) ?? []).filter(isRole),
    disabled: row.disabled === true,
    createdAt: String(row.createdAt),
    updatedAt: String(row.updatedAt),
  };
}

export async function createUser(
  db: GraphDb,
  input: { username: string; password: string; roles: readonly string[] },
): Promise<UserView> {
  const username = normalUsername(input.username);
  const roles = checkRoles(input.roles);
  checkPasswordRules(input.password);
  const now = new Date().toISOString();
  const props = {
    id: randomId(),
    username,
    roles,
    disabled: false,
    passwordHash: await hashPassword(input.password),
    createdAt: now,
    updatedAt: now,
  };
  // MERGE + ON CREATE under the unique constraint: two creations of one name cannot both succeed.
  const { records } = await db.write(
    `MERGE (u:User {username: $username}) ON CREATE SET u += $props, u.created = true
     WITH u, coalesce(u.created, false) AS created REMOVE u.created RETURN created, ${VIEW} AS user`,
    { username, props },
  );
  if (records[0]?.get('created') !== true) {
    throw new ThreadlineError('CONFLICT', `A user named ${username} exists already`, [
      { path: 'username', message: 'taken' },
    ]);
  }
  return toView(records[0].get('user') as Record<string, unknown>);
}

export async function listUsers(db: GraphDb): Promise<UserView[]> {
  const { records } = await db.read(`MATCH (u:User) RETURN ${VIEW} AS user ORDER BY u.username`);
  return records.map((r) => toView(r.get('user') as Record<string, unknown>));
}

export async function countUsers(db: GraphDb): Promise<number> {
  const { records } = await db.read('MATCH (u:User) RETURN count(u) AS n');
  return Number(records[0]?.get('n') ?? 0);
}

export async function findUser(db: GraphDb, username: string): Promise<StoredUser | undefined> {
  const { records } = await db.read(
    `MATCH (u:User {username: $username}) RETURN ${VIEW} AS user, u.passwordHash AS hash`,
    { username: username.trim().toLowerCase() },
  );
  const record = records[0];
  if (!record) return undefined;
  return {
    ...toView(record.get('user') as Record<string, unknown>),
    passwordHash: String(record.get('hash')),
  };
}

export async function findUserById(db: GraphDb, id: string): Promise<UserView | undefined> {
  const { records } = await db.read(`MATCH (u:User {id: $id}) RETURN ${VIEW} AS user`, { id });
  const row = records[0]?.get('user') as Record<string, unknown> | undefined;
  return row ? toView(row) : undefined;
}

/** Sets properties of one user and ends their sessions (new roles, password or status take effect now). */
async function update(db: GraphDb, username: string, changes: Record<string, unknown>): Promise<UserView> {
  const { records } = await db.write(
    `MATCH (u:User {username: $username}) SET u += $changes
     WITH u OPTIONAL MATCH (s:Session {userId: u.id}) DETACH DELETE s
     RETURN DISTINCT ${VIEW} AS user`,
    { username: normalUsername(username), changes: { ...changes, updatedAt: new Date().toISOString() } },
  );
  const row = records[0]?.get('user') as Record<string, unknown> | undefined;
  if (!row) throw notFound(`No user is named ${username}`, [{ path: 'username', message: 'not found' }]);
  return toView(row);
}

export const setRoles = (db: GraphDb, username: string, roles: readonly string[]) =>
  update(db, username, { roles: checkRoles(roles) });

export async function setPassword(db: GraphDb, username: string, password: string): Promise<UserView> {
  checkPasswordRules(password);
  return update(db, username, { passwordHash: await hashPassword(password) });
}

export const setDisabled = (db: GraphDb, username: string, disabled: boolean) =>
  update(db, username, { disabled });
