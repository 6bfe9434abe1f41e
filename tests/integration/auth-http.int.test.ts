// Authentication over real HTTP: login, logout, me, wrong password, disabled users, throttling, API keys
// (use, revoke, expiry, scope ceiling), 401 on every non-public route; sessions' expiry; the first admin.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, listApiKeys, revokeApiKey } from '../../server/auth/api-keys.js';
import { ensureFirstAdmin } from '../../server/auth/first-admin.js';
import { createSession, resolveSession } from '../../server/auth/sessions.js';
import { createUser, findUser, setDisabled, setRoles } from '../../server/auth/users.js';
import { type Data, openHttp } from './api-harness.js';

type Server = Awaited<ReturnType<typeof openHttp>>;
let server: Server;
const tag = randomUUID().slice(0, 8);
const PASSWORD = 'correct horse battery staple';

beforeAll(async () => {
  server = await openHttp();
});
afterAll(async () => {
  await server.stop();
});

const login = (username: string, password: string) =>
  fetch(`${server.url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });

const gql = (query: string, headers: Record<string, string>) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });

const body = async (response: Response) => (await response.json()) as Data;
const cookieOf = (response: Response) => (response.headers.get('set-cookie') ?? '').split(';')[0] as string;

describe('sessions over HTTP', () => {
  it('logs in with a cookie (HttpOnly, SameSite=Strict), answers me, and logs out', async () => {
    const username = `ana-${tag}`;
    await createUser(server.db, { username, password: PASSWORD, roles: ['investigator'] });
    const response = await login(username, PASSWORD);
    expect(response.status).toBe(200);
    expect(await body(response)).toEqual({ username, roles: ['investigator'] });
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^threadline_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const cookie = { cookie: cookieOf(response) };

    const me = await fetch(`${server.url}/auth/me`, { headers: cookie });
    expect(me.status).toBe(200);
    expect(await body(me)).toEqual({ username, roles: ['investigator'], via: 'session' });
    const read = await gql('{ investigations { id } }', cookie);
    expect(read.status).toBe(200);
    // An investigator may not run Cypher: 403, FORBIDDEN.
    const denied = await gql('{ runCypher(cypher: "RETURN 1 AS one") { rows } }', cookie);
    expect(denied.status).toBe(403);
    expect((await body(denied)).errors[0].extensions.code).toBe('FORBIDDEN');

    const out = await fetch(`${server.url}/auth/logout`, { method: 'POST', headers: cookie });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/threadline_session=;/);
    const after = await fetch(`${server.url}/auth/me`, { headers: cookie });
    expect(after.status).toBe(401);
    expect((await gql('{ investigations { id } }', cookie)).status).toBe(401);
  });

  it('refuses a wrong password, an unknown user and a disabled user alike with INVALID_CREDENTIALS', async () => {
    const username = `bo-${tag}`;
    await createUser(server.db, { username, password: PASSWORD, roles: ['viewer'] });
    for (const [name, password] of [
      [username, 'not the password at all'],
      [`nobody-${tag}`, PASSWORD],
    ] as const) {
      const response = await login(name, password);
      expect(response.status).toBe(401);
      expect((await body(response)).errors[0].extensions.code).toBe('INVALID_CREDENTIALS');
    }
    const session = cookieOf(await login(username, PASSWORD));
    await setDisabled(server.db, username, true);
    const disabled = await login(username, PASSWORD);
    expect(disabled.status).toBe(401);
    expect((await body(disabled)).errors[0].extensions.code).toBe('INVALID_CREDENTIALS');
    // Disabling ended the open session too.
    expect((await fetch(`${server.url}/auth/me`, { headers: { cookie: session } })).status).toBe(401);
  });

  it('answers a malformed or oversized login body with a JSON error and a code, never an HTML page', async () => {
    const post = (body: string) =>
      fetch(`${server.url}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
    // A raw newline inside a JSON string, as a password read from a file with its line end would give.
    const bad = await post('{"username": "admin", "password": "abc\n"}');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/json');
    const badBody = await bad.text();
    expect(JSON.parse(badBody)).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
    expect(badBody).not.toContain('node_modules');
    const huge = await post(JSON.stringify({ username: 'admin', password: 'x'.repeat(20_000) }));
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
  });

  it('throttles repeated failures for a username from one address with RATE_LIMITED, even the right password', async () => {
    const username = `cy-${tag}`;
    await createUser(server.db, { username, password: PASSWORD, roles: ['viewer'] });
    for (let i = 0; i < 5; i++) expect((await login(username, `wrong password ${i}`)).status).toBe(401);
    const limited = await login(username, PASSWORD);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await body(limited)).errors[0].extensions.code).toBe('RATE_LIMITED');
    // Another username from the same address is not affected.
    const other = `cz-${tag}`;
    await createUser(server.db, { username: other, password: PASSWORD, roles: ['viewer'] });
    expect((await login(other, PASSWORD)).status).toBe(200);
  });

  it('ends a session at its expiry and after the idle timeout (checked against the stored times)', async () => {
    const user = await createUser(server.db, {
      username: `di-${tag}`,
      password: PASSWORD,
      roles: ['viewer'],
    });
    const policy = { ttlMs: 60 * 60_000, idleMs: 10 * 60_000 };
    const t0 = Date.parse('2030-01-01T00:00:00Z');
    const a = await createSession(server.db, user.id, policy, t0);
    expect(await resolveSession(server.db, a.token, policy, t0 + 5 * 60_000)).toMatchObject({
      userId: user.id,
    });
    // Used at +5 min (lastSeenAt moved), so +14 min is within the idle timeout; the expiry still ends it.
    expect(await resolveSession(server.db, a.token, policy, t0 + 14 * 60_000)).toBeDefined();
    const b = await createSession(server.db, user.id, policy, t0);
    expect(await resolveSession(server.db, b.token, policy, t0 + 11 * 60_000)).toBeUndefined();
    const c = await createSession(server.db, user.id, { ttlMs: 60_000, idleMs: 10 * 60_000 }, t0);
    expect(await resolveSession(server.db, c.token, policy, t0 + 61_000)).toBeUndefined();
    // An ended session is deleted, not merely refused.
    expect(await resolveSession(server.db, b.token, policy, t0)).toBeUndefined();
  });
});

describe('API keys', () => {
  const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

  it('are used as Bearer tokens, record last use, write as integration:<name>, and can be revoked', async () => {
    const name = `feed-${tag}`;
    const { key, id } = await createApiKey(server.db, { name, roles: ['integration', 'viewer'] });
    expect(key).toMatch(/^tlk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    const me = await fetch(`${server.url}/auth/me`, { headers: bearer(key) });
    expect(await body(me)).toEqual({ username: name, roles: ['integration', 'viewer'], via: 'apiKey' });
    const stored = (await listApiKeys(server.db)).find((k) => k.id === id);
    expect(stored?.lastUsedAt).toEqual(expect.any(String));
    // Only the hash is stored.
    const raw = await server.db.read('MATCH (k:ApiKey {id: $id}) RETURN properties(k) AS p', { id });
    expect(JSON.stringify(raw.records[0]?.get('p'))).not.toContain(key.split('_').slice(2).join('_'));

    const upsert = await gql(
      `mutation { upsertEntities(input: { source: { title: "feed ${tag}", publisher: "Feed" },
        domains: [{ name: "feed-${tag}.example" }] }) { ids } }`,
      bearer(key),
    );
    const written = await body(upsert);
    expect(written.errors).toBeUndefined();
    const origins = await server.db.read('MATCH (n:Entity {id: $id}) RETURN n.origins AS origins', {
      id: written.data.upsertEntities.ids[1],
    });
    expect(origins.records[0]?.get('origins')).toContain(`integration:${name}`);

    await revokeApiKey(server.db, name);
    // A revocation made in another process reaches this one within the principal cache's few seconds;
    // a key checked for the first time is refused at once.
    const { key: fresh } = await createApiKey(server.db, { name: `feed2-${tag}`, roles: ['viewer'] });
    await revokeApiKey(server.db, `feed2-${tag}`);
    const refused = await gql('{ search(text: "x") { id } }', bearer(fresh));
    expect(refused.status).toBe(401);
    expect((await body(refused)).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuse expired, unknown and malformed keys with 401', async () => {
    const { key: expired } = await createApiKey(server.db, {
      name: `old-${tag}`,
      roles: ['viewer'],
      expiresAt: new Date(Date.now() - 1000),
    });
    const { key: good } = await createApiKey(server.db, { name: `good-${tag}`, roles: ['viewer'] });
    const wrongSecret = `${good.slice(0, -4)}AAAA`;
    for (const key of [expired, wrongSecret, 'tlk_0000000000000000_x', 'not-a-token']) {
      const response = await gql('{ search(text: "x") { id } }', bearer(key));
      expect(response.status, key).toBe(401);
    }
    expect((await gql('{ search(text: "x") { id } }', bearer(good))).status).toBe(200);
  });

  it("never exceed their creator's roles: refused at creation, and capped when the creator is demoted", async () => {
    const creator = `ed-${tag}`;
    await createUser(server.db, { username: creator, password: PASSWORD, roles: ['editor'] });
    await expect(
      createApiKey(server.db, { name: `too-much-${tag}`, roles: ['admin'], createdBy: creator }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const { key } = await createApiKey(server.db, {
      name: `ed-key-${tag}`,
      roles: ['analyst', 'integration'],
      createdBy: creator,
    });
    expect((await gql('{ runCypher(cypher: "RETURN 1 AS one") { rows } }', bearer(key))).status).toBe(200);
    await setRoles(server.db, creator, ['investigator']);
    await setDisabled(server.db, creator, false);
    // A key checked anew (another server process, or after the cache) carries only what the creator still has.
    const { resolveApiKey } = await import('../../server/auth/api-keys.js');
    expect((await resolveApiKey(server.db, key))?.roles).toEqual([]);
    await setRoles(server.db, creator, ['analyst']);
    expect((await resolveApiKey(server.db, key))?.roles).toEqual(['analyst']);
    await setDisabled(server.db, creator, true);
    expect(await resolveApiKey(server.db, key)).toBeUndefined();
  });
});

describe('what needs credentials', () => {
  it('answers 401 UNAUTHENTICATED on every non-public route, and serves probes and the UI without', async () => {
    const routes: [string, string][] = [
      ['POST', '/graphql'],
      ['GET', '/graphql?query=%7B__typename%7D'],
      ['GET', '/export?format=csv&scope=investigation&id=x'],
      ['GET', '/auth/me'],
      ['POST', '/anything-else'],
      ['GET', '/some/client/route'],
    ];
    for (const [method, route] of routes) {
      const response = await fetch(`${server.url}${route}`, {
        method,
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': '1' },
        body: method === 'POST' ? JSON.stringify({ query: '{ __typename }' }) : undefined,
      });
      expect(response.status, `${method} ${route}`).toBe(401);
      expect((await body(response)).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    for (const route of ['/healthz', '/readyz', '/']) {
      expect((await fetch(`${server.url}${route}`)).status, route).toBe(200);
    }
    expect((await fetch(`${server.url}/auth/logout`, { method: 'POST' })).status).toBe(204);
  });
});

describe('the first administrator', () => {
  it('is created from THREADLINE_ADMIN_PASSWORD when absent, and never changed afterwards', async () => {
    const env = { THREADLINE_ADMIN_USERNAME: `root-${tag}`, THREADLINE_ADMIN_PASSWORD: PASSWORD };
    const log: string[] = [];
    expect(await ensureFirstAdmin(server.db, (l) => log.push(l), env)).toMatchObject({ created: true });
    expect(log.join('\n')).not.toContain(PASSWORD);
    expect((await findUser(server.db, `root-${tag}`))?.roles).toEqual(['admin']);
    const again = await ensureFirstAdmin(server.db, () => {}, {
      ...env,
      THREADLINE_ADMIN_PASSWORD: 'another password entirely',
    });
    expect(again.created).toBe(false);
    expect((await login(`root-${tag}`, PASSWORD)).status).toBe(200);
  });
});
