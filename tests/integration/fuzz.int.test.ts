// Fuzz: 5,000 seeded malformed and hostile requests over real HTTP against a private Neo4j with a small
// fixture. No 5xx, the server alive throughout, every error a known code, the database unchanged; and a
// valid write full of injection strings stores them verbatim and runs none of them.
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningHttp, startHttpServer } from '../../server/boot/http-server.js';
import { ERROR_CODES } from '../../server/errors/threadline-error.js';
import { Readiness } from '../../server/http/readiness.js';
import { GraphDb } from '../../server/runtime/graph-db.js';
import { applySchema } from '../../server/schema/apply-schema.js';
import { adminHeaders } from '../support/credentials.js';
import { FuzzGenerator, type FuzzRequest, INJECTIONS } from '../support/fuzz-requests.js';
import { postGraphql, UPSERT } from '../support/gql-http.js';
import { graphFingerprint } from '../support/graph-checksum.js';
import { type KillableNeo4j, startKillableNeo4j } from '../support/killable-neo4j.js';

// The limiter would turn most of the run into 429s: it is not what is fuzzed here (see limits-http tests).
process.env.THREADLINE_RATE_LIMIT = '0';
process.env.THREADLINE_RATE_LIMIT_ANONYMOUS = '0';

const SEED = 20261125;
const REQUESTS = 5_000;
const CONCURRENCY = 6;

// Our codes (INTERNAL excluded: it means a bug) and the ones GraphQL/Apollo use for a client's mistakes.
const KNOWN_CODES = new Set<string>([
  ...ERROR_CODES.filter((c) => c !== 'INTERNAL'),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

let neo: KillableNeo4j;
let priv: { db: GraphDb };
let http: RunningHttp;
let url: string;
let headers: Record<string, string>;
let fixtureIds: string[] = [];

beforeAll(async () => {
  // Its own Neo4j: other test files write to the shared one concurrently, and the fingerprint covers it all.
  neo = await startKillableNeo4j('fuzz');
  const driver = neo4j.driver(neo.uri, neo4j.auth.basic(neo.username, neo.password), {
    disableLosslessIntegers: true,
  });
  priv = { db: new GraphDb(driver, neo.database) };
  await applySchema(driver, neo.database);
  const readiness = new Readiness(0);
  readiness.connected(priv.db);
  readiness.schemaReady();
  http = await startHttpServer({ port: 0, host: '127.0.0.1', readiness });
  url = `http://127.0.0.1:${http.port}`;
  headers = await adminHeaders(priv.db);
  // The fixture: front companies employing workers, laptops shipped to farm addresses.
  const input = {
    frontCompanies: [{ name: 'Fuzz Silverstar Ltd' }, { name: 'Fuzz Volasys Star' }],
    workers: Array.from({ length: 8 }, (_, i) => ({ name: `Fuzz Worker ${i}`, aliases: [`FW${i}`] })),
    laptops: Array.from({ length: 8 }, (_, i) => ({ serial: `FUZZ-LAPTOP-${i}` })),
    addresses: [{ full: '1 Fuzz Farm Road, Testville' }, { full: '2 Fuzz Farm Road, Testville' }],
    relationships: [
      ...Array.from({ length: 8 }, (_, i) => ({
        type: 'EMPLOYED_BY',
        from: { kind: 'Worker', key: { name: `Fuzz Worker ${i}` } },
        to: { kind: 'FrontCompany', key: { name: i % 2 ? 'Fuzz Volasys Star' : 'Fuzz Silverstar Ltd' } },
      })),
      ...Array.from({ length: 8 }, (_, i) => ({
        type: 'SHIPPED_TO',
        from: { kind: 'Laptop', key: { serial: `FUZZ-LAPTOP-${i}` } },
        to: { kind: 'Address', key: { full: `${1 + (i % 2)} Fuzz Farm Road, Testville` } },
      })),
    ],
  };
  const seeded = await postGraphql(
    url,
    {
      query: 'mutation ($input: UpsertInput!) { upsertEntities(input: $input) { ids } }',
      variables: { input },
    },
    headers,
  );
  expect(seeded.body?.errors).toBeUndefined();
  fixtureIds = (seeded.body?.data?.upsertEntities as { ids: string[] } | undefined)?.ids ?? [];
  expect(fixtureIds.length).toBeGreaterThan(0);
}, 1_000_000);

afterAll(async () => {
  await http?.stop();
  await priv?.db.close();
  await neo?.close();
}, 120_000);

interface Outcome {
  request: FuzzRequest;
  status: number;
  problem?: string;
  /** Round trip, for the per-kind summary: a slow kind is a finding to bound (never asserted on). */
  ms?: number;
}

/** The kinds that took longest in total, so a run that creeps towards its budget says why. */
function slowestKinds(outcomes: readonly Outcome[], top = 8): string {
  const total = new Map<string, { n: number; ms: number; max: number }>();
  for (const o of outcomes) {
    const t = total.get(o.request.kind) ?? { n: 0, ms: 0, max: 0 };
    t.n += 1;
    t.ms += o.ms ?? 0;
    t.max = Math.max(t.max, o.ms ?? 0);
    total.set(o.request.kind, t);
  }
  return [...total]
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, top)
    .map(([kind, t]) => `${kind} n=${t.n} total=${Math.round(t.ms)}ms max=${Math.round(t.max)}ms`)
    .join('; ');
}

/**
 * Writes whose contract is idempotent answer an unknown id with a no-op instead of an error: deleting an
 * investigation that is not there returns false (a retried delete must not fail). The fingerprint check
 * proves they changed nothing.
 */
const NO_OP_ANSWERS: Record<string, (data: unknown) => boolean> = {
  'write:delete-investigation': (data) =>
    (data as { deleteInvestigation?: unknown } | null)?.deleteInvestigation === false,
};

const isNoOp = (kind: string, data: unknown): boolean => NO_OP_ANSWERS[kind]?.(data) ?? false;

async function send(request: FuzzRequest): Promise<Outcome> {
  const started = performance.now();
  const outcome = await answer(request);
  return { ...outcome, ms: performance.now() - started };
}

async function answer(request: FuzzRequest): Promise<Outcome> {
  try {
    const response = await fetch(`${url}/graphql${request.search ?? ''}`, {
      method: request.method,
      headers: { ...request.headers, ...headers },
      ...(request.body === undefined ? {} : { body: request.body }),
      // A request the server never answers is a finding, not a hung test.
      signal: AbortSignal.timeout(60_000),
    });
    const text = await response.text();
    const status = response.status;
    if (status >= 500) return { request, status, problem: `HTTP ${status}: ${text.slice(0, 300)}` };
    let body: { data?: unknown; errors?: { extensions?: { code?: string } }[] } | undefined;
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      return { request, status, problem: `HTTP ${status}, not JSON: ${text.slice(0, 200)}` };
    }
    const errors = body?.errors ?? [];
    if (errors.length === 0 && body?.data === undefined)
      return { request, status, problem: 'neither data nor errors' };
    const unknown = errors.map((e) => e.extensions?.code).filter((c) => !c || !KNOWN_CODES.has(c));
    if (unknown.length > 0)
      return { request, status, problem: `codes ${unknown.join(',')}: ${text.slice(0, 300)}` };
    // A write that succeeded would have changed the database: every generated write is invalid.
    if (request.kind.startsWith('write:') && errors.length === 0 && !isNoOp(request.kind, body?.data))
      return { request, status, problem: 'write accepted' };
    return { request, status };
  } catch (error) {
    return { request, status: 0, problem: `no answer: ${(error as Error).message}` };
  }
}

describe('fuzz', () => {
  it(`survives ${REQUESTS} malformed and hostile requests: no 5xx, known codes only, nothing changed`, async () => {
    const before = await graphFingerprint(priv.db);
    expect(before.nodes).toBeGreaterThan(0);
    const generator = new FuzzGenerator(SEED, fixtureIds);
    const requests = Array.from({ length: REQUESTS }, () => generator.next());

    // Liveness alongside: /healthz must answer throughout.
    let alive = true;
    let healthFailures = 0;
    const health = (async () => {
      while (alive) {
        const ok = await fetch(`${url}/healthz`).then(
          (r) => r.ok,
          () => false,
        );
        if (!ok) healthFailures += 1;
        await new Promise((r) => setTimeout(r, 500));
      }
    })();

    const outcomes: Outcome[] = [];
    // Progress every 30 s: a run that creeps towards its budget says where it is and which kinds cost most.
    const started = Date.now();
    const progress = setInterval(() => {
      const seconds = Math.round((Date.now() - started) / 1000);
      console.log(
        `[fuzz] ${outcomes.length}/${REQUESTS} after ${seconds} s; slowest: ${slowestKinds(outcomes, 4)}`,
      );
    }, 30_000);
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < requests.length) {
          const request = requests[next++] as FuzzRequest;
          outcomes.push(await send(request));
        }
      }),
    );
    clearInterval(progress);
    alive = false;
    await health;

    const byKind = new Map<string, number>();
    for (const o of outcomes)
      byKind.set(
        o.request.kind.split(':')[0] ?? '',
        (byKind.get(o.request.kind.split(':')[0] ?? '') ?? 0) + 1,
      );
    const statuses = new Map<number, number>();
    for (const o of outcomes) statuses.set(o.status, (statuses.get(o.status) ?? 0) + 1);
    console.log(
      `[fuzz] ${outcomes.length} requests; statuses ${JSON.stringify(Object.fromEntries(statuses))}; kinds ${JSON.stringify(Object.fromEntries(byKind))}`,
    );
    console.log(`[fuzz] slowest kinds: ${slowestKinds(outcomes)}`);
    const problems = outcomes.filter((o) => o.problem);
    expect(problems.map((p) => `${p.request.kind}: ${p.problem}`).slice(0, 15)).toEqual([]);
    expect(outcomes).toHaveLength(REQUESTS);
    expect(healthFailures).toBe(0);

    const after = await graphFingerprint(priv.db);
    expect(after).toEqual(before);
    // 86 s on an idle 2-core machine (2026-12-04); the bound leaves room for a full test run beside it, and the
    // 60 s per-request abort turns a hang into a finding long before it.
  }, 600_000);

  it('stores injection strings of a valid write verbatim and runs none of them', async () => {
    const before = await graphFingerprint(priv.db);
    // Whitespace-stable strings (a name keeps its inner text; the key is normalised separately).
    const hostile = INJECTIONS.filter((s) => s.trim() === s && s.length > 0);
    const name = `Injected ${hostile[1]}`;
    const answer = await postGraphql(
      url,
      {
        query: UPSERT,
        variables: {
          input: { workers: [{ name, aliases: hostile, role: hostile[3] }] },
        },
      },
      headers,
    );
    expect(answer.body?.errors).toBeUndefined();
    expect(answer.body?.data?.upsertEntities).toMatchObject({ entities: { created: 1 } });

    const stored = await priv.db.read(
      'MATCH (w:Worker) WHERE w.name = $name RETURN w.aliases AS aliases, w.role AS role',
      { name },
    );
    expect(stored.records).toHaveLength(1);
    const row = stored.records[0];
    expect(row?.get('aliases')).toEqual(expect.arrayContaining(hostile));
    expect(row?.get('role')).toBe(hostile[3]);
    // Exactly one node more, no relationship, no :Pwned, and everything else as it was.
    const after = await graphFingerprint(priv.db);
    expect(after.nodes).toBe(before.nodes + 1);
    expect(after.relationships).toBe(before.relationships);
    const pwned = await priv.db.read(
      'MATCH (n) WHERE any(l IN labels(n) WHERE l = "Pwned") RETURN count(n) AS c',
    );
    expect(Number(pwned.records[0]?.get('c'))).toBe(0);
    // Without the new worker, the database is exactly what it was.
    await priv.db.write('MATCH (w:Worker) WHERE w.name = $name DETACH DELETE w', { name });
    expect(await graphFingerprint(priv.db)).toEqual(before);
  }, 120_000);
});
