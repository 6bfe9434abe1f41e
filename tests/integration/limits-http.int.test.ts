// The HTTP server's protections as a client sees them: security headers, the CORS allow-list, rate limits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../server/auth/api-keys.js';
import { openHttp, unique } from './api-harness.js';

type Server = Awaited<ReturnType<typeof openHttp>>;

const ALLOWED = 'https://workbench.example.org';

/** A server started with these environment variables (createApp reads them when it builds the app). */
async function openWith(env: Record<string, string>): Promise<Server> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    return await openHttp();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

const LOW_LIMITS = {
  THREADLINE_RATE_LIMIT: '4',
  THREADLINE_RATE_LIMIT_ANONYMOUS: '4',
  THREADLINE_RATE_LIMIT_WINDOW: '60',
};

let server: Server;
let limited: Server;
let anonymous: Server;
beforeAll(async () => {
  [server, limited, anonymous] = await Promise.all([
    openWith({ THREADLINE_CORS_ORIGINS: `${ALLOWED}, http://localhost:5173/` }),
    openWith(LOW_LIMITS),
    openWith(LOW_LIMITS),
  ]);
});
afterAll(async () => {
  await Promise.all([server.stop(), limited.stop(), anonymous.stop()]);
});

const query = (target: Server, headers: Record<string, string> = {}) =>
  fetch(`${target.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers, ...headers },
    body: JSON.stringify({ query: '{ __typename }' }),
  });

describe('security headers', () => {
  it('the UI gets a CSP that allows only our own scripts; every response gets helmet headers', async () => {
    const page = await fetch(`${server.url}/`, { headers: server.headers });
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    for (const response of [page, await fetch(`${server.url}/healthz`), await query(server)]) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });
});

describe('CORS', () => {
  it('answers a preflight from an allowed origin, with credentials', async () => {
    const preflight = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: ALLOWED,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, authorization',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
    const response = await query(server, { origin: 'http://localhost:5173' });
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });

  it('gives any other origin no CORS headers, so browsers refuse it', async () => {
    const preflight = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const response = await query(server, { origin: 'https://evil.example' });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('rate limits', () => {
  it('answers 429 RATE_LIMITED with Retry-After once the budget is spent; probes are never limited', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await query(limited)).status);
    expect(statuses.every((s) => s !== 429)).toBe(true);
    const refused = await query(limited);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await refused.json()).toEqual({
      errors: [{ message: expect.any(String), extensions: { code: 'RATE_LIMITED', retryable: true } }],
    });
    expect((await fetch(`${limited.url}/healthz`)).status).toBe(200);
  });

  it('counts each principal apart: one spent budget does not refuse another', async () => {
    // The harness's principal spent its budget above; an API key is another principal with its own.
    const { key } = await createApiKey(limited.db, {
      name: unique('limits').replace(/\W/g, '-'),
      roles: ['viewer'],
    });
    expect((await query(limited)).status).toBe(429);
    expect((await query(limited, { authorization: `Bearer ${key}` })).status).toBe(200);
  });

  it('counts requests without valid credentials per IP address, refused before any credential lookup', async () => {
    const post = (headers: Record<string, string>) =>
      fetch(`${anonymous.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
    const statuses: number[] = [];
    // Invented keys buy no fresh budget: they count against the address like no credentials at all.
    for (let i = 0; i < 4; i++)
      statuses.push((await post(i % 2 ? {} : { authorization: `Bearer tlk_x${i}_nope` })).status);
    expect(statuses).toEqual([401, 401, 401, 401]);
    const refused = await post({});
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await refused.json()).errors[0].extensions.code).toBe('RATE_LIMITED');
  });
});
