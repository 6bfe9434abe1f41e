// The audit log on the real Neo4j: what the GraphQL plugin records, redaction, the hash chain and its checks.
import type { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog } from '../../server/audit/audit-log.js';
import type { AuditEntry } from '../../server/audit/audit-types.js';
import { createApolloServer } from '../../server/graphql/apollo.js';
import type { GraphQLContext, Principal } from '../../server/graphql/context.js';
import { buildSchema } from '../../server/graphql/schema.js';
import { GraphDb } from '../../server/runtime/graph-db.js';
import { openTestGraphDb } from '../support/graph-db.js';
import { type Data, type GqlResult, unique } from './api-harness.js';

let db: GraphDb;
let apollo: ApolloServer<GraphQLContext>;
beforeAll(async () => {
  db = await openTestGraphDb();
  apollo = createApolloServer({ schema: await buildSchema() });
  await apollo.start();
});
afterAll(async () => {
  await apollo.stop();
  await db.close();
});

const person = (roles: Principal['roles'], label = 'auditor'): Principal => ({
  id: `usr_${unique(label).replace(/\W/g, '')}`,
  name: unique(label),
  roles,
  via: 'session',
});

async function gqlAs(principal: Principal, query: string, variables?: Record<string, unknown>) {
  const response = await apollo.executeOperation(
    { query, variables },
    { contextValue: { db, principal, origin: `user:${principal.id}`, audit: new AuditLog(db) } },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult as GqlResult<Data>;
}

const entriesOf = async (principal: Principal): Promise<AuditEntry[]> =>
  (await new AuditLog(db).list({ principalId: principal.id }, 100)).entries;

const UPSERT = `mutation Push($input: UpsertInput!) { upsertEntities(input: $input) { ids } }`;

describe('the GraphQL audit plugin', () => {
  it('records a mutation: its intent first, then who, the ids, counts per kind and the outcome', async () => {
    const editor = person(['editor']);
    const workers = Array.from({ length: 120 }, (_, i) => ({ name: unique(`Audit Worker ${i}`) }));
    const result = await gqlAs(editor, UPSERT, {
      input: { workers, frontCompanies: [{ name: unique('Audit Front') }] },
    });
    expect(result.errors).toBeUndefined();
    const ids = result.data?.upsertEntities.ids as string[];
    expect(ids).toHaveLength(121);

    const [outcome, intent] = await entriesOf(editor);
    expect(intent).toMatchObject({ action: 'mutation', outcome: 'started', operation: 'upsertEntities' });
    expect(outcome).toMatchObject({
      action: 'mutation',
      operation: 'upsertEntities',
      outcome: 'ok',
      errorCode: null,
      resultSize: 121,
      principalName: editor.name,
      principalRoles: ['editor'],
      principalVia: 'session',
      requestId: intent?.requestId,
    });
    expect(outcome?.targetIds).toEqual(ids);
    // The batch is summarised, never stored: counts per kind, no names.
    expect(JSON.parse(outcome?.parameters ?? '{}')).toEqual({
      input: { counts: { workers: 120, frontCompanies: 1 }, items: 121 },
      operationName: 'Push',
    });
    expect(outcome?.parameters).not.toContain('Audit Worker');
  });

  it('records a failed mutation with its error code', async () => {
    const editor = person(['editor']);
    const result = await gqlAs(
      editor,
      'mutation { retract(id: "wrk_doesnotexist00000000", reason: "test") }',
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const [outcome] = await entriesOf(editor);
    expect(outcome).toMatchObject({
      operation: 'retract',
      outcome: 'error',
      errorCode: 'NOT_FOUND',
      targetIds: ['wrk_doesnotexist00000000'],
    });
  });

  it('records a denied mutation, and nothing is written', async () => {
    const viewer = person(['viewer']);
    const name = unique('Denied Worker');
    const result = await gqlAs(viewer, UPSERT, { input: { workers: [{ name }] } });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { records } = await db.read('MATCH (n:Worker {name: $name}) RETURN count(n) AS c', { name });
    expect(Number(records[0]?.get('c'))).toBe(0);
    const [outcome] = await entriesOf(viewer);
    expect(outcome).toMatchObject({ operation: 'upsertEntities', outcome: 'denied', errorCode: 'FORBIDDEN' });
  });

  it('records a query run with its size, secrets in its parameters redacted; plain reads are not recorded', async () => {
    const analyst = person(['analyst']);
    const ran = await gqlAs(
      analyst,
      'query ($p: JSON) { runCypher(cypher: "UNWIND range(1, 3) AS x RETURN x", params: $p) { rows } }',
      { p: { apiToken: 'hunter2-token', note: 'key tlk_k1abc_S3CRETPART in text' } },
    );
    expect(ran.errors).toBeUndefined();
    await gqlAs(analyst, '{ search(text: "Silverstar", limit: 1) { id } }');
    const entries = await entriesOf(analyst);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'query-run',
      operation: 'runCypher',
      outcome: 'ok',
      resultSize: 3,
    });
    const stored = entries[0]?.parameters ?? '';
    expect(stored).not.toContain('hunter2');
    expect(stored).not.toContain('S3CRETPART');
    expect(JSON.parse(stored)).toMatchObject({
      cypher: 'UNWIND range(1, 3) AS x RETURN x',
      params: { apiToken: '[redacted]', note: 'key tlk_k1abc_[redacted] in text' },
    });
  });

  it('lets admins page through the log and verify it over GraphQL', async () => {
    const admin = person(['admin'], 'admin');
    for (let i = 0; i < 3; i++) await gqlAs(admin, '{ runCypher(cypher: "RETURN 1 AS one") { rows } }');
    const first = await gqlAs(
      admin,
      'query ($id: String) { auditLog(filter: {principalId: $id, action: "query-run"}, first: 2) { entries { seq action } nextCursor } }',
      { id: admin.id },
    );
    expect(first.errors).toBeUndefined();
    expect(first.data?.auditLog.entries).toHaveLength(2);
    const next = await gqlAs(
      admin,
      'query ($id: String, $after: Int) { auditLog(filter: {principalId: $id, action: "query-run"}, after: $after) { entries { seq } nextCursor } }',
      { id: admin.id, after: first.data?.auditLog.nextCursor },
    );
    expect(next.data?.auditLog).toMatchObject({ nextCursor: null });
    expect(next.data?.auditLog.entries).toHaveLength(1);
    const verified = await gqlAs(admin, '{ verifyAuditLog { ok firstBrokenSeq checked } }');
    expect(verified.data?.verifyAuditLog).toMatchObject({ ok: true, firstBrokenSeq: null });
    // Reading the log is itself recorded.
    expect((await entriesOf(admin)).some((e) => e.action === 'audit-read')).toBe(true);
  });
});

describe('when the audit log cannot be written', () => {
  it('refuses a mutation (fails closed, 503, nothing written) but still answers a query run', async () => {
    // A real failure: every audit write on this handle names a database that does not exist.
    const broken = new GraphDb(db.driver, 'no-such-audit-database');
    const editor = person(['admin']);
    const run = async (query: string, variables?: Record<string, unknown>) => {
      const response = await apollo.executeOperation(
        { query, variables },
        { contextValue: { db, principal: editor, origin: 'user:test', audit: new AuditLog(broken) } },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return { status: response.http.status, result: response.body.singleResult as GqlResult<Data> };
    };
    const name = unique('Unaudited Worker');
    const refused = await run(UPSERT, { input: { workers: [{ name }] } });
    expect(refused.status).toBe(503);
    expect(refused.result.errors?.[0]?.extensions).toMatchObject({
      code: 'DATABASE_UNAVAILABLE',
      retryable: true,
    });
    const { records } = await db.read('MATCH (n:Worker {name: $name}) RETURN count(n) AS c', { name });
    expect(Number(records[0]?.get('c'))).toBe(0);

    const read = await run('{ runCypher(cypher: "RETURN 1 AS one") { rows } }');
    expect(read.result.errors).toBeUndefined();
    expect(read.result.data?.runCypher.rows).toEqual([{ one: 1 }]);
  });
});

describe('the hash chain', () => {
  it('stores no secret given to record() directly, whatever the key spelling', async () => {
    const principal = person(['admin']);
    await new AuditLog(db).record({
      action: 'key-create',
      principal,
      parameters: {
        Password: 'pw-one',
        nested: { client_secret: 'pw-two', AUTHORIZATION: 'Bearer pw-three', list: ['tlk_id9_pwfour'] },
        header: 'Authorization: Bearer eyJhbGciOi.eyJzdWIiOi.sig',
      },
      targetIds: ['tlk_id9_pwfive'],
      outcome: 'ok',
    });
    const [entry] = await entriesOf(principal);
    const stored = JSON.stringify(entry);
    for (const secret of ['pw-one', 'pw-two', 'pw-three', 'pwfour', 'pwfive', 'eyJzdWIiOi']) {
      expect(stored).not.toContain(secret);
    }
    expect(entry?.targetIds).toEqual(['tlk_id9_[redacted]']);
  });

  it('detects an entry edited in the database, naming its seq', async () => {
    const principal = person(['admin']);
    const log = new AuditLog(db);
    await log.record({ action: 'login', principal, outcome: 'ok' });
    const [entry] = await entriesOf(principal);
    const seq = entry?.seq ?? 0;
    expect((await log.verify()).ok).toBe(true);
    await db.write('MATCH (e:AuditEvent {seq: $seq}) SET e.principalName = "someone else"', { seq });
    try {
      expect(await log.verify()).toMatchObject({ ok: false, firstBrokenSeq: seq });
    } finally {
      // Put it back, so the shared test database's chain stays whole for the other tests.
      await db.write('MATCH (e:AuditEvent {seq: $seq}) SET e.principalName = $name', {
        seq,
        name: entry?.principalName,
      });
    }
    expect((await log.verify()).ok).toBe(true);
  });

  it('keeps one unbroken chain when two logs (two drivers, as two processes) append at once', async () => {
    const other = await openTestGraphDb();
    try {
      const principal = person(['admin']);
      const logs = [new AuditLog(db), new AuditLog(other)];
      await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          logs[i % 2]?.record({ action: 'login', principal, outcome: 'ok', parameters: { i } }),
        ),
      );
      const entries = await entriesOf(principal);
      expect(entries).toHaveLength(30);
      expect(new Set(entries.map((e) => e.seq)).size).toBe(30);
      expect(await logs[1]?.verify()).toMatchObject({ ok: true, firstBrokenSeq: null });
    } finally {
      await other.close();
    }
  });

  it('appends on the head it knows, and reads the head again when another process appended since', async () => {
    const other = await openTestGraphDb();
    try {
      const principal = person(['admin']);
      const logs = [new AuditLog(db), new AuditLog(other)];
      // Runs of one process (its known head holds), then the other (its known head is stale): both paths.
      for (const i of [0, 0, 0, 1, 1, 0, 1, 0, 0, 1]) {
        await logs[i]?.record({ action: 'login', principal, outcome: 'ok', parameters: { i } });
      }
      const entries = (await entriesOf(principal)).sort((a, b) => a.seq - b.seq);
      expect(entries).toHaveLength(10);
      expect(entries.map((e) => e.seq - (entries[0]?.seq ?? 0))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(entries.map((e) => e.parameters)).toEqual(
        [0, 0, 0, 1, 1, 0, 1, 0, 0, 1].map((i) => JSON.stringify({ i })),
      );
      const stamps = entries.map((e) => e.at);
      expect(stamps).toEqual([...stamps].sort());
      expect(await logs[0]?.verify()).toMatchObject({ ok: true, firstBrokenSeq: null });
    } finally {
      await other.close();
    }
  });
});
