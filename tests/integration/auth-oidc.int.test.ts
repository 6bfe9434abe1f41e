// OIDC bearer tokens for real: a JWKS served from a loopback HTTP server with a key made by jose, tokens signed
// with it (and with a stranger's key), verified by the Threadline server through THREADLINE_OIDC_*.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Data, openHttp } from './api-harness.js';

const ISSUER = 'https://idp.threadline.test/';
const AUDIENCE = 'threadline-api';
let jwks: Server;
let server: Awaited<ReturnType<typeof openHttp>>;
let signingKey: CryptoKey;
let strangerKey: CryptoKey;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  signingKey = pair.privateKey;
  strangerKey = (await generateKeyPair('RS256')).privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  jwks = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
  // This file runs in its own worker: the variables configure only the server it starts.
  process.env.THREADLINE_OIDC_ISSUER = ISSUER;
  process.env.THREADLINE_OIDC_AUDIENCE = AUDIENCE;
  process.env.THREADLINE_OIDC_JWKS_URI = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`;
  process.env.THREADLINE_OIDC_ROLES_CLAIM = 'threadline_roles';
  server = await openHttp();
});
afterAll(async () => {
  await server.stop();
  await new Promise((resolve) => jwks.close(resolve));
});

function token(
  claims: JWTPayload,
  options: { key?: CryptoKey; audience?: string; expires?: string | number } = {},
) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
    .setIssuer(ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setSubject('u-123')
    .setIssuedAt()
    .setExpirationTime(options.expires ?? '5m')
    .sign(options.key ?? signingKey);
}

const me = async (jwt: string) => {
  const response = await fetch(`${server.url}/auth/me`, { headers: { authorization: `Bearer ${jwt}` } });
  return { status: response.status, body: (await response.json()) as Data };
};

describe('OIDC bearer tokens', () => {
  it('accepts a valid token and maps the roles claim, ignoring unknown roles', async () => {
    const jwt = await token({
      preferred_username: 'oidc.analyst',
      threadline_roles: ['analyst', 'superuser'],
    });
    expect(await me(jwt)).toEqual({
      status: 200,
      body: { username: 'oidc.analyst', roles: ['analyst'], via: 'oidc' },
    });
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${jwt}` },
      body: JSON.stringify({ query: '{ runCypher(cypher: "RETURN 1 AS one") { rows } }' }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as Data).data.runCypher.rows).toEqual([{ one: 1 }]);
  });

  it('lets a token without known roles in, allowed nothing (FORBIDDEN)', async () => {
    const jwt = await token({ threadline_roles: 'nobody' });
    expect((await me(jwt)).body.roles).toEqual([]);
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${jwt}` },
      body: JSON.stringify({ query: '{ search(text: "x") { id } }' }),
    });
    expect(response.status).toBe(403);
  });

  it('refuses a wrong audience, an expired token and a token signed by another key', async () => {
    const cases = {
      audience: await token({ threadline_roles: ['admin'] }, { audience: 'someone-else' }),
      expired: await token({ threadline_roles: ['admin'] }, { expires: Math.floor(Date.now() / 1000) - 120 }),
      key: await token({ threadline_roles: ['admin'] }, { key: strangerKey }),
    };
    for (const [name, jwt] of Object.entries(cases)) {
      const result = await me(jwt);
      expect(result.status, name).toBe(401);
      expect(result.body.errors[0].extensions.code, name).toBe('UNAUTHENTICATED');
    }
  });
});
