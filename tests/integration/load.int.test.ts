// Load, bounded: 16 investigators (search, expand, paths) and 1 integration writing batches, ~15 s over real
// HTTP on a small fixture in the shared database. Zero errors; every acknowledged batch landed exactly once.
// The full run (2 minutes on the medium world) is `npm run loadtest`: docs/load-test.md.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadClient } from '../../bench/loadtest/client.js';
import { runLoadTest } from '../../bench/loadtest/run-load.js';
import { checkWriter, removeWriterData } from '../../bench/loadtest/verify.js';
import type { Samples } from '../../bench/samples.js';
import { openHttp } from './api-harness.js';

// The limiter would answer 429 to one principal sending ~17 requests at a time: it is not under test here.
process.env.THREADLINE_RATE_LIMIT = '0';
process.env.THREADLINE_RATE_LIMIT_ANONYMOUS = '0';

let server: Awaited<ReturnType<typeof openHttp>>;
let samples: Samples;
const tag = `Loadfix${Date.now().toString(36)}`;

beforeAll(async () => {
  server = await openHttp();
  const companies = Array.from({ length: 4 }, (_, i) => `${tag} Front ${i}`);
  const workers = Array.from({ length: 40 }, (_, i) => `${tag} Worker ${i}`);
  const input = {
    frontCompanies: companies.map((name) => ({ name, synthetic: true })),
    workers: workers.map((name) => ({ name, synthetic: true })),
    relationships: workers.map((name, i) => ({
      type: 'EMPLOYED_BY',
      from: { kind: 'Worker', key: { name } },
      to: { kind: 'FrontCompany', key: { name: companies[i % companies.length] } },
    })),
  };
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...server.headers },
    body: JSON.stringify({
      query: 'mutation ($input: UpsertInput!) { upsertEntities(input: $input) { ids } }',
      variables: { input },
    }),
  });
  const body = (await response.json()) as { data?: { upsertEntities: { ids: string[] } }; errors?: unknown };
  expect(body.errors).toBeUndefined();
  const ids = body.data?.upsertEntities.ids ?? [];
  const workerIds = ids.slice(companies.length);
  samples = {
    starts: ids,
    // Worker to worker: two hops through a shared front company, or four through two of them.
    pairs: workerIds.map((id, i): [string, string] => [
      id,
      workerIds[(i * 7 + 3) % workerIds.length] as string,
    ]),
    words: [tag, `${tag} Worker`, `${tag} Front`],
    frontCompanies: ids.slice(0, companies.length),
  };
}, 180_000);

afterAll(async () => {
  await server?.stop();
});

describe('load', () => {
  it('serves 16 investigators and an integration for ~15 s without one error; every batch lands exactly once', async () => {
    const client = loadClient(server.url, server.headers);
    const result = await runLoadTest(client, samples, {
      investigators: 16,
      durationMs: 15_000,
      batchSize: 20,
      writerPrefix: `LOADINT-${Date.now().toString(36)}`,
      seed: 7,
    });
    client.close();
    const brief = Object.fromEntries(
      Object.entries(result.operations).map(([op, o]) => [
        op,
        `${o.count} ok, ${o.errors} errors, p95 ${o.p95Ms} ms`,
      ]),
    );
    console.log(`[load] ${JSON.stringify(brief)}`);
    for (const [op, o] of Object.entries(result.operations)) {
      expect(o.errors, `${op}: ${o.firstError}`).toBe(0);
      expect(o.count, op).toBeGreaterThan(0);
    }
    const writer = await checkWriter(server.db, result.writtenBatches);
    expect(writer.batches).toBe(result.sentBatches.length);
    expect(writer).toMatchObject({ exactlyOnce: true });
    expect(writer.foundEntities).toBe(writer.batches * 20 * 2);
    await removeWriterData(server.db, result.sentBatches);
  }, 120_000);
});
