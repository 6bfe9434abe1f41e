// Login sessions (:Session): a random token goes to the browser in a cookie; only its SHA-256 is stored.
// A session ends at its expiry, after the idle timeout, at logout, or when its user changes or is disabled.
import type { GraphDb } from '../runtime/graph-db.js';
import { isRole, type Role } from './roles.js';
import { randomSecret, sha256 } from './tokens.js';

export interface SessionPolicy {
  ttlMs: number;
  idleMs: number;
}

export interface ActiveSession {
  userId: string;
  username: string;
  roles: Role[];
  expiresAt: string;
}

/** How stale lastSeenAt may get before a request writes it: one write a minute per session, not per request. */
const TOUCH_EVERY_MS = 60_000;

const iso = (ms: number) => new Date(ms).toISOString();

export async function createSession(
  db: GraphDb,
  userId: string,
  policy: SessionPolicy,
  now = Date.now(),
): Promise<{ token: string; expiresAt: string }> {
  const token = randomSecret();
  const expiresAt = iso(now + policy.ttlMs);
  await db.write(
    `CREATE (:Session {tokenHash: $tokenHash, userId: $userId, createdAt: $now, lastSeenAt: $now, expiresAt: $expiresAt})
     WITH 1 AS done MATCH (old:Session) WHERE old.expiresAt < $now
     WITH old LIMIT 1000 DELETE old`,
    { tokenHash: sha256(token), userId, now: iso(now), expiresAt },
  );
  return { token, expiresAt };
}

/** The session's user, or undefined when the token is unknown, expired, idle too long or its user disabled. */
export async function resolveSession(
  db: GraphDb,
  token: string,
  policy: SessionPolicy,
  now = Date.now(),
): Promise<ActiveSession | undefined> {
  const tokenHash = sha256(token);
  const { records } = await db.read(
    `MATCH (s:Session {tokenHash: $tokenHash}) MATCH (u:User {id: s.userId})
     RETURN s.expiresAt AS expiresAt, s.lastSeenAt AS lastSeenAt, u.id AS userId, u.username AS username,
            u.roles AS roles, coalesce(u.disabled, false) AS disabled`,
    { tokenHash },
  );
  const row = records[0];
  if (!row) return undefined;
  const expiresAt = String(row.get('expiresAt'));
  const lastSeen = Date.parse(String(row.get('lastSeenAt')));
  if (row.get('disabled') === true || expiresAt <= iso(now) || now - lastSeen >= policy.idleMs) {
    await endSession(db, token);
    return undefined;
  }
  if (now - lastSeen >= TOUCH_EVERY_MS) {
    await db.write('MATCH (s:Session {tokenHash: $tokenHash}) SET s.lastSeenAt = $now', {
      tokenHash,
      now: iso(now),
    });
  }
  return {
    userId: String(row.get('userId')),
    username: String(row.get('username')),
    roles: ((row.get('roles') as string[] | null) ?? []).filter(isRole),
    expiresAt,
  };
}

export async function endSession(db: GraphDb, token: string): Promise<void> {
  await db.write('MATCH (s:Session {tokenHash: $tokenHash}) DELETE s', { tokenHash: sha256(token) });
}
