// The HTTP server as a client sees it: probes, GraphQL over HTTP, CSRF and GET-mutation refusals, limits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Data, openHttp } from './api-harness.js';

type Server = Awaited<ReturnType<typeof openHttp>>;
let ready: Server;
let starting: Server;

beforeAll(async () => {
  [ready, starting] = await Promise.all([openHttp(), openHttp({ ready: false })]);
});
afterAll(async () => {
  await Promise.all([ready.stop(), starting.stop()]);
});

const json = async (response: Response): Promise<Data> => (await response.json()) as Data;

const post = (server: Server, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...server.headers,
      ...headers,
    },
    body: JSON.stringify(body),
  });

describe('HTTP', () => {
  it('/healthz is always ok; /readyz says ready only when Neo4j is up and the schema applied', async () => {
    for (const server of [ready, starting]) {
      const health = await fetch(`${server.url}/healthz`);
      expect(health.status).toBe(200);
      expect(await json(health)).toEqual({ status: 'ok' });
    }
    const yes = await fetch(`${ready.url}/readyz`);
    expect(yes.status).toBe(200);
    expect(await json(yes)).toEqual({ status: 'ready', neo4j: 'up', schema: 'applied' });
    const no = await fetch(`${starting.url}/readyz`);
    expect(no.status).toBe(503);
    expect(await json(no)).toMatchObject({
      status: 'not-ready',
      neo4j: 'starting',
      reason: expect.any(String),
    });
  });

  it('answers a POST with application/graphql-response+json', async () => {
    const response = await post(ready, { query: '{ search(text: "silverstar", limit: 1) { id } }' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/graphql-response+json');
    expect((await json(response)).data.search).toBeInstanceOf(Array);
  });

  it('refuses a mutation over GET with 405, and a GET without a preflight header as CSRF', async () => {
    const mutation = encodeURIComponent('mutation { retract(id: "x", reason: "y") }');
    const get = await fetch(`${ready.url}/graphql?query=${mutation}`, {
      headers: { ...ready.headers, 'apollo-require-preflight': '1' },
    });
    expect(get.status).toBe(405);
    expect((await json(get)).errors[0].extensions.code).toBe('BAD_REQUEST');

    const query = encodeURIComponent('{ investigations { id } }');
    const csrf = await fetch(`${ready.url}/graphql?query=${query}`, { headers: ready.headers });
    expect(csrf.status).toBe(400);
    const body = await json(csrf);
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0].message).toContain('CSRF');
    const allowed = await fetch(`${ready.url}/graphql?query=${query}`, {
      headers: { ...ready.headers, 'apollo-require-preflight': '1' },
    });
    expect(allowed.status).toBe(200);
  });

  it('answers 503 DATABASE_UNAVAILABLE, retryable, while the database is starting', async () => {
    const response = await post(starting, { query: '{ investigations { id } }' });
    expect(response.status).toBe(503);
    expect((await json(response)).errors[0].extensions).toMatchObject({
      code: 'DATABASE_UNAVAILABLE',
      retryable: true,
    });
  });

  it('refuses too costly queries (depth: see the unit test), bad variables and oversized bodies with stable codes', async () => {
    const fields = 'nodes { id kind caption grade flags } edges { id type source target caption date flags }';
    const aliases = Array.from(
      { length: 20 },
      (_, i) => `n${i}: neighborhood(ids: ["x"], limit: 1000) { ${fields} }`,
    );
    const costly = await post(ready, { query: `{ ${aliases.join(' ')} }` });
    expect(costly.status).toBe(400);
    expect((await json(costly)).errors[0].extensions.code).toBe('QUERY_REFUSED');
    const badVariables = await post(ready, {
      query: 'query ($limit: Int) { search(text: "x", limit: $limit) { id } }',
      variables: { limit: 'many' },
    });
    expect(badVariables.status).toBe(400);
    expect((await json(badVariables)).errors[0].extensions.code).toBe('BAD_USER_INPUT');

    const huge = await post(ready, {
      query: '{ __typename }',
      variables: { pad: 'x'.repeat(17 * 1024 * 1024) },
    });
    expect(huge.status).toBe(413);
    expect((await json(huge)).errors[0].extensions.code).toBe('BATCH_TOO_LARGE');
  });

  it('refuses over-deep variables and lone surrogates at the door with BAD_USER_INPUT and where they are', async () => {
    const query =
      'query ($p: JSON) { runSavedQuery(name: "laptop-farms", params: $p, maxRows: 1) { columns } }';
    // Written as text: JSON.stringify overflows on thousands of levels, as the audit log did before this check.
    const nested = `${'['.repeat(5_000)}1${']'.repeat(5_000)}`;
    const deep = await fetch(`${ready.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...ready.headers },
      body: `{"query":${JSON.stringify(query)},"variables":{"p":{"x":${nested}}}}`,
    });
    expect(deep.status).toBe(400);
    const deepError = (await json(deep)).errors[0];
    expect(deepError.extensions.code).toBe('BAD_USER_INPUT');
    expect(deepError.message).toMatch(/deeper than 64 levels at \$\.variables\.p\.x\[0\]/);

    const lone = await post(ready, { query: '{ __typename }', variables: { name: 'x\uD800' } });
    expect(lone.status).toBe(400);
    expect((await json(lone)).errors[0].message).toMatch(/lone surrogate\) at \$\.variables\.name/);
  });

  it('serves the UI at / (or says how to build it) and its client routes', async () => {
    const root = await fetch(ready.url);
    expect(root.status).toBe(200);
    expect(await root.text()).toMatch(/<html|<!doctype html/i);
  });
});
