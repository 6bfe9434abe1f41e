// API keys (:ApiKey): `tlk_<keyId>_<secret>`, shown once; only the secret's SHA-256 is stored. A key is named,
// carries roles that never exceed its creator's (checked at creation and again at every use), may expire,
// can be revoked, and records when it was last used.
import { badInput, notFound, ThreadlineError } from '../errors/threadline-error.js';
import type { GraphDb } from '../runtime/graph-db.js';
import { isRole, type Role, withinRoles } from './roles.js';
import { randomId, randomSecret, sameDigest, sha256 } from './tokens.js';
import { checkRoles, findUser } from './users.js';

export const API_KEY_PATTERN = /^tlk_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;
/** Key names become write origins (`integration:<name>`), so they follow the origin header's rule. */
const KEY_NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const TOUCH_EVERY_MS = 60_000;

export interface ApiKeyView {
  id: string;
  name: string;
  roles: Role[];
  createdBy: string | null;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export interface NewApiKey {
  name: string;
  roles: readonly string[];
  /** ISO time; none: the key does not expire. */
  expiresAt?: string | Date;
  /** Username of the creator: the key's roles must lie within theirs. None: created by an operator (CLI, tests). */
  createdBy?: string;
}

function expiry(value: string | Date | undefined): string | null {
  if (value === undefined) return null;
  const ms = value instanceof Date ? value.getTime() : Date.parse(value);
  if (Number.isNaN(ms))
    throw badInput('expiresAt must be an ISO date-time', [{ path: 'expiresAt', message: 'invalid' }]);
  return new Date(ms).toISOString();
}

/** Creates a key and returns it: the only time the full key exists outside the caller's hands. */
export async function createApiKey(db: GraphDb, input: NewApiKey): Promise<{ key: string; id: string }> {
  const name = input.name.trim().toLowerCase();
  if (!KEY_NAME.test(name)) {
    throw badInput('A key name is 1-64 of a-z, 0-9, ".", "_", "-"', [{ path: 'name', message: 'invalid' }]);
  }
  const roles = checkRoles(input.roles);
  let creatorId: string | null = null;
  if (input.createdBy !== undefined) {
    const creator = await findUser(db, input.createdBy);
    if (!creator || creator.disabled) {
      throw notFound(`No active user is named ${input.createdBy}`, [
        { path: 'createdBy', message: 'not found' },
      ]);
    }
    if (!withinRoles(roles, creator.roles)) {
      throw new ThreadlineError('FORBIDDEN', `A key cannot have more rights than ${creator.username} has`, [
        { path: 'roles', message: `exceed ${creator.roles.join(', ')}` },
      ]);
    }
    creatorId = creator.id;
  }
  const id = randomId();
  const secret = randomSecret();
  const props = {
    id,
    name,
    roles,
    secretHash: sha256(secret),
    creatorId,
    createdBy: input.createdBy?.trim().toLowerCase() ?? null,
    createdAt: new Date().toISOString(),
    expiresAt: expiry(input.expiresAt),
  };
  const { records } = await db.write(
    `MERGE (k:ApiKey {name: $name}) ON CREATE SET k += $props, k.created = true
     WITH k, coalesce(k.created, false) AS created REMOVE k.created RETURN created`,
    { name, props },
  );
  if (records[0]?.get('created') !== true) {
    throw new ThreadlineError('CONFLICT', `A key named ${name} exists already`, [
      { path: 'name', message: 'taken' },
    ]);
  }
  return { key: `tlk_${id}_${secret}`, id };
}

const VIEW = `k { .id, .name, .roles, .createdBy, .createdAt, .expiresAt, .revokedAt, .lastUsedAt }`;

function toView(row: Record<string, unknown>): ApiKeyView {
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return {
    id: String(row.id),
    name: String(row.name),
    roles: ((row.roles as string[] | null) ?? []).filter(isRole),
    createdBy: text(row.createdBy),
    createdAt: String(row.createdAt),
    expiresAt: text(row.expiresAt),
    revokedAt: text(row.revokedAt),
    lastUsedAt: text(row.lastUsedAt),
  };
}

export async function listApiKeys(db: GraphDb): Promise<ApiKeyView[]> {
  const { records } = await db.read(`MATCH (k:ApiKey) RETURN ${VIEW} AS key ORDER BY k.createdAt`);
  return records.map((r) => toView(r.get('key') as Record<string, unknown>));
}

/** Revokes by id or name; revoking twice keeps the first time. */
export async function revokeApiKey(db: GraphDb, idOrName: string): Promise<ApiKeyView> {
  const { records } = await db.write(
    `MATCH (k:ApiKey) WHERE k.id = $ref OR k.name = $ref
     SET k.revokedAt = coalesce(k.revokedAt, $now) RETURN ${VIEW} AS key`,
    { ref: idOrName.trim().toLowerCase(), now: new Date().toISOString() },
  );
  const row = records[0]?.get('key') as Record<string, unknown> | undefined;
  if (!row)
    throw notFound(`No API key has the id or name ${idOrName}`, [{ path: 'key', message: 'not found' }]);
  return toView(row);
}

export interface ActiveKey {
  id: string;
  name: string;
  roles: Role[];
}

/** The key's identity and effective roles, or undefined when it is malformed, unknown, wrong, revoked or expired. */
export async function resolveApiKey(
  db: GraphDb,
  key: string,
  now = Date.now(),
): Promise<ActiveKey | undefined> {
  const match = API_KEY_PATTERN.exec(key);
  if (!match) return undefined;
  const [, id, secret] = match as unknown as [string, string, string];
  const { records } = await db.read(
    `MATCH (k:ApiKey {id: $id}) OPTIONAL MATCH (u:User {id: k.creatorId})
     RETURN k { .name, .roles, .secretHash, .expiresAt, .revokedAt, .lastUsedAt, .creatorId } AS key,
            u { .roles, .disabled } AS creator`,
    { id },
  );
  const row = records[0];
  if (!row) return undefined;
  const k = row.get('key') as Record<string, unknown>;
  if (!sameDigest(String(k.secretHash), sha256(secret))) return undefined;
  const nowIso = new Date(now).toISOString();
  if (k.revokedAt || (k.expiresAt && String(k.expiresAt) <= nowIso)) return undefined;
  let roles = ((k.roles as string[] | null) ?? []).filter(isRole);
  if (k.creatorId) {
    // The creator's rights now, not when the key was made: a demoted or disabled creator caps their keys.
    const creator = row.get('creator') as { roles: string[] | null; disabled: boolean | null } | null;
    if (!creator || creator.disabled) return undefined;
    const ceiling = (creator.roles ?? []).filter(isRole);
    roles = roles.filter((role) => withinRoles([role], ceiling));
  }
  const lastUsed = k.lastUsedAt ? Date.parse(String(k.lastUsedAt)) : 0;
  if (now - lastUsed >= TOUCH_EVERY_MS) {
    await db.write('MATCH (k:ApiKey {id: $id}) SET k.lastUsedAt = $now', { id, now: nowIso });
  }
  return { id, name: String(k.name), roles };
}
