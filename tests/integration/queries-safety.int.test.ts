// Analyst queries cannot change the graph, cannot run forever and cannot flood the caller.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertBatch } from '../../server/graph/upsert.js';
import { validateBatch } from '../../server/graph/validate-batch.js';
import { runInReadTransaction } from '../../server/queries/run-query.js';
import { runCypher, runSavedQuery } from '../../server/queries/saved-queries.js';
import type { GraphDb } from '../../server/runtime/graph-db.js';
import { openTestGraphDb } from '../support/graph-db.js';

const u = `s${randomBytes(4).toString('hex')}`;
let db: GraphDb;

// Count and checksum of the test subgraph, plus anything an attack might have created under our token.
async function fingerprint() {
  const { records } = await db.read(
    `MATCH (n:Entity) WHERE n.searchText CONTAINS $u
     OPTIONAL MATCH (n)-[r]-()
     WITH n, collect(r.id + coalesce(toString(r.amount), '')) AS rels
     ORDER BY n.id
     RETURN count(n) AS nodes,
            reduce(s = '', x IN collect(n.id + n.name + n.updatedAt + reduce(t = '', y IN rels | t + y)) | s + x) AS text`,
    { u },
  );
  const other = await db.read(
    'MATCH (n) WHERE n.name = $u OR n.id = $u OR $u IN labels(n) RETURN count(n) AS c',
    { u },
  );
  return {
    nodes: records[0]?.get('nodes'),
    text: records[0]?.get('text'),
    created: other.records[0]?.get('c'),
  };
}

beforeAll(async () => {
  db = await openTestGraphDb();
  const session = db.session('WRITE');
  try {
    const batch = validateBatch({
      entities: [
        { kind: 'Worker', properties: { name: `Safe ${u} One` } },
        { kind: 'Employer', properties: { name: `Safe ${u} Employer` } },
        { kind: 'Wallet', properties: { network: 'tron', address: `T${u}SAFE` } },
      ],
      relationships: [
        {
          type: 'PAID',
          from: { kind: 'Employer', key: { name: `Safe ${u} Employer` } },
          to: { kind: 'Wallet', key: { network: 'tron', address: `T${u}SAFE` } },
          properties: { amount: 100, currency: 'USD', on: '2024-01-01' },
        },
      ],
    });
    await upsertBatch(session, batch, { origin: 'test:queries-safety' });
  } finally {
    await session.close();
  }
}, 60_000);

afterAll(() => db?.close());

const ATTACKS = [
  `CREATE (n:Worker {name: '${u}'})`,
  `MERGE (n:Entity {id: '${u}'}) RETURN n`,
  `MATCH (n:Entity) WHERE n.searchText CONTAINS '${u}' DETACH DELETE n`,
  `MATCH (n:Entity) WHERE n.searchText CONTAINS '${u}' SET n.name = 'changed'`,
  `MATCH (n:Entity) WHERE n.searchText CONTAINS '${u}' REMOVE n.name`,
  `MATCH ()-[r:PAID]->() WHERE r.currency = 'USD' DELETE r`,
  `CALL apoc.create.node(['${u}'], {name: '${u}'}) YIELD node RETURN node`,
  `CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'SET n.x = 1', {})`,
  `RETURN apoc.create.vNode(['${u}'], {}) AS n`,
  `CALL \`apoc\`.\`create\`.\`node\`(['${u}'], {}) YIELD node RETURN node`,
  `LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row`,
  `CALL { CREATE (:Worker {name: '${u}'}) } IN TRANSACTIONS OF 10 ROWS`,
  `MATCH (n) /* a comment */CREATE (m:Worker {name: '${u}'})`,
  `MATCH (n:Entity) WHERE n.id = '/*' CREATE (m:Worker {name: '${u}'}) //*/`,
  `FOREACH (x IN [1] | CREATE (:Worker {name: '${u}'}))`,
];

describe('refused queries', () => {
  it.each(ATTACKS)('refuses %s and leaves the graph unchanged', async (cypher) => {
    const before = await fingerprint();
    await expect(runCypher(db, cypher, {})).rejects.toMatchObject({ code: 'QUERY_REFUSED' });
    expect(await fingerprint()).toEqual(before);
  });

  it('the READ transaction itself refuses a write that skipped the static check', async () => {
    const before = await fingerprint();
    expect(before.nodes).toBe(3);
    await expect(
      runInReadTransaction(db, `MATCH (n:Entity) WHERE n.searchText CONTAINS $u SET n.name = 'changed'`, {
        u,
      }),
    ).rejects.toMatchObject({ code: 'QUERY_REFUSED' });
    await expect(runInReadTransaction(db, `CREATE (:Worker {name: $u})`, { u })).rejects.toMatchObject({
      code: 'QUERY_REFUSED',
    });
    expect(await fingerprint()).toEqual(before);
    expect(before.created).toBe(0);
  });

  it('refuses an unbounded variable-length pattern from its plan', async () => {
    await expect(runCypher(db, 'MATCH p = (a:Worker)-[*]-(b) RETURN p LIMIT 1', {})).rejects.toMatchObject({
      code: 'QUERY_REFUSED',
    });
    await expect(
      runCypher(db, 'MATCH (a:Worker)((x)-->(y)){1,}(b) RETURN b LIMIT 1', {}),
    ).rejects.toMatchObject({
      code: 'QUERY_REFUSED',
    });
  });
});

describe('allowed queries', () => {
  it('runs a query whose strings and comments only mention write keywords', async () => {
    const result = await runCypher(
      db,
      `// CREATE nothing: this comment is not a clause
       MATCH (n:Entity) WHERE n.searchText CONTAINS $u AND n.name <> 'CREATE (x) SET x.y = 1 DELETE x'
       RETURN n.name AS name ORDER BY name`,
      { u },
    );
    expect(result.rows).toEqual([{ name: `Safe ${u} Employer` }, { name: `Safe ${u} One` }]);
    expect(result.columns).toEqual(['name']);
  });

  it('returns nodes, relationships and paths as canvas shapes with a graph', async () => {
    const result = await runCypher(
      db,
      'MATCH p = (e:Employer)-[r:PAID]->(w:Wallet) WHERE e.searchText CONTAINS $u RETURN e, r, p, r.amount AS amount, 1 AS one',
      { u },
    );
    const row = result.rows[0] as Record<string, Record<string, unknown>>;
    expect(row.e).toMatchObject({ kind: 'Employer', caption: `Safe ${u} Employer`, flags: ['unverified'] });
    expect(row.r).toMatchObject({
      type: 'PAID',
      source: row.e?.id,
      amount: 100,
      currency: 'USD',
      date: '2024-01-01',
    });
    expect(row.p).toMatchObject({ length: 1 });
    expect(result.rows[0]).toMatchObject({ amount: 100, one: 1 });
    expect(result.graph?.nodes.map((n) => n.kind).sort()).toEqual(['Employer', 'Wallet']);
    expect(result.graph?.edges).toHaveLength(1);
  });

  it('adds the ends of a relationship returned alone', async () => {
    const result = await runCypher(
      db,
      'MATCH (e:Employer)-[r:PAID]->() WHERE e.searchText CONTAINS $u RETURN r',
      { u },
    );
    expect(result.graph?.nodes).toHaveLength(2);
    expect(result.graph?.edges).toHaveLength(1);
  });
});

describe('limits', () => {
  it('stops a slow query at its time limit and says which limit', async () => {
    const started = performance.now();
    const error = await runCypher(
      db,
      'UNWIND range(1, 100000000) AS x UNWIND range(1, 100000000) AS y RETURN count(*) AS n',
      {},
      { timeoutMs: 300 },
    ).catch((e: unknown) => e);
    const elapsed = performance.now() - started;
    expect(error).toMatchObject({ code: 'QUERY_TIMEOUT' });
    expect((error as Error).message).toContain('300 ms');
    expect(elapsed).toBeLessThan(10_000);
  }, 30_000);

  it('stops reading at the row cap and marks the result truncated', async () => {
    const result = await runCypher(db, 'UNWIND range(1, 10000000) AS x RETURN x', {}, { maxRows: 25 });
    expect(result.rows).toHaveLength(25);
    expect(result.rows.at(-1)).toEqual({ x: 25 });
    expect(result.truncated).toBe(true);
    const small = await runCypher(db, 'UNWIND range(1, 3) AS x RETURN x', {}, { maxRows: 3 });
    expect(small.truncated).toBe(false);
  });
});

describe('parameters', () => {
  it('refuses bad parameters of a saved query with BAD_USER_INPUT', async () => {
    const bad = [{ limit: 'ten' }, { limit: 0 }, { minIdentities: 2.5 }, { nope: 1 }];
    for (const params of bad) {
      await expect(runSavedQuery(db, 'laptop-farms', params)).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
      });
    }
    await expect(runSavedQuery(db, 'money-trail', {})).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(runSavedQuery(db, 'money-trail', { employer: 'emp_x', maxHops: 2 })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    await expect(runSavedQuery(db, 'no-such-query', {})).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('reports a syntax error as BAD_USER_INPUT', async () => {
    await expect(runCypher(db, 'MATCH (n RETURN n', {})).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
