// Analysts' stored queries: saved with versions, validated like files, run like files, through GraphQL.
import { randomBytes } from 'node:crypto';
import { graphql } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLContext } from '../../server/graphql/context.js';
import { resolvers } from '../../server/graphql/modules/saved-queries/resolvers.js';
import { buildSchema } from '../../server/graphql/schema.js';
import { saveQuery } from '../../server/queries/save-query.js';
import { listSavedQueries, runSavedQuery } from '../../server/queries/saved-queries.js';
import { storedQueryHistory } from '../../server/queries/stored-queries.js';
import type { GraphDb } from '../../server/runtime/graph-db.js';
import { openTestGraphDb } from '../support/graph-db.js';

const u = `t${randomBytes(4).toString('hex')}`;
let db: GraphDb;

const input = (name: string, cypher = 'UNWIND range(1, $n) AS x RETURN x') => ({
  name,
  title: 'Count to n',
  description: 'Counts',
  cypher,
  parameters: [{ name: 'n', type: 'int', default: 3, description: 'How far' }],
  shows: 'table',
  tags: ['test'],
});

const count = async (name: string) =>
  (await db.read('MATCH (q:SavedQuery {name: $name}) RETURN count(q) AS c', { name })).records[0]?.get('c');

beforeAll(async () => {
  db = await openTestGraphDb();
});
afterAll(() => db?.close());

describe('stored queries', () => {
  it('saves, lists, runs and versions a query', async () => {
    const name = `count-${u}`;
    const first = await saveQuery(db, { ...input(name), baseVersion: 0 }, 'alice');
    expect(first).toMatchObject({ name, version: 1, source: 'stored', origin: 'alice' });
    const listed = (await listSavedQueries(db)).find((q) => q.name === name);
    expect(listed).toMatchObject({ source: 'stored', parameters: [{ name: 'n', type: 'int', default: 3 }] });
    expect((await runSavedQuery(db, name, { n: 2 })).rows).toEqual([{ x: 1 }, { x: 2 }]);

    const second = await saveQuery(
      db,
      { ...input(name, 'UNWIND range(10, 9 + $n) AS x RETURN x'), baseVersion: 1 },
      'bob',
    );
    expect(second.version).toBe(2);
    expect((await runSavedQuery(db, name, {})).rows).toEqual([{ x: 10 }, { x: 11 }, { x: 12 }]);
    const history = await storedQueryHistory(db, name);
    expect(history.map((q) => [q.version, q.origin])).toEqual([
      [2, 'bob'],
      [1, 'alice'],
    ]);
    expect(history[1]?.cypher).toContain('range(1, $n)');
  });

  it('refuses a stale edit with CONFLICT and keeps the newer version', async () => {
    const name = `stale-${u}`;
    await saveQuery(db, input(name), 'alice');
    await saveQuery(db, { ...input(name), baseVersion: 1 }, 'bob');
    await expect(saveQuery(db, { ...input(name), baseVersion: 1 }, 'carol')).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect((await storedQueryHistory(db, name)).map((q) => q.version)).toEqual([2, 1]);
  });

  it('refuses the name of a file query with CONFLICT', async () => {
    await expect(saveQuery(db, input('laptop-farms'), 'alice')).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('validates like a file query and stores nothing when refused', async () => {
    const cases: [string, ReturnType<typeof input>, string][] = [
      [`w-${u}`, input(`w-${u}`, 'MATCH (n:Worker) SET n.x = $n'), 'QUERY_REFUSED'],
      [`s-${u}`, input(`s-${u}`, 'MATCH (n RETURN $n'), 'BAD_USER_INPUT'],
      [`p-${u}`, input(`p-${u}`, 'RETURN 1'), 'BAD_USER_INPUT'],
      [`Bad Name ${u}`, input(`Bad Name ${u}`), 'BAD_USER_INPUT'],
      [
        `t-${u}`,
        { ...input(`t-${u}`), parameters: [{ name: 'n', type: 'wallet', description: 'x' }] } as never,
        'BAD_USER_INPUT',
      ],
    ];
    for (const [name, query, code] of cases) {
      await expect(saveQuery(db, query, 'alice')).rejects.toMatchObject({ code });
      expect(await count(name)).toBe(0);
    }
  });
});

describe('the GraphQL resolvers', () => {
  const context = (roles: string[]) =>
    ({
      db,
      principal: { id: 'u1', name: 'Dana Analyst', roles, via: 'local' },
      origin: 'test',
    }) as unknown as GraphQLContext;
  // biome-ignore lint/suspicious/noExplicitAny: resolvers are called directly, without the executor.
  const query = resolvers.Query as Record<string, (...args: any[]) => Promise<any>>;
  // biome-ignore lint/suspicious/noExplicitAny: as above.
  const mutation = resolvers.Mutation as Record<string, (...args: any[]) => Promise<any>>;

  it('needs the analyst or admin role', async () => {
    await expect(query.savedQueries?.({}, {}, context(['viewer']), undefined)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      query.runCypher?.({}, { cypher: 'RETURN 1 AS one' }, context([]), undefined),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('saves with the caller as author and lists both sources', async () => {
    const name = `gql-${u}`;
    const saved = await mutation.saveQuery?.({}, input(name), context(['analyst']), undefined);
    expect(saved).toMatchObject({ name, version: 1, source: 'stored', author: 'Dana Analyst', file: null });
    const all = await query.savedQueries?.({}, {}, context(['admin']), undefined);
    const sources = new Set((all as { source: string }[]).map((q) => q.source));
    expect(sources).toEqual(new Set(['file', 'stored']));
    const result = await query.runSavedQuery?.(
      {},
      { name, params: { n: 1 } },
      context(['analyst']),
      undefined,
    );
    expect(result).toMatchObject({ columns: ['x'], rows: [{ x: 1 }], graph: null, truncated: false });
  });
});

describe('through the executable schema', () => {
  it('runs saved and ad-hoc queries and reports refusals with their code', async () => {
    const schema = await buildSchema();
    const contextValue = {
      db,
      principal: { id: 'u1', name: 'Dana', roles: ['analyst'], via: 'local' },
      origin: 'test',
    };
    const run = (source: string, variableValues?: Record<string, unknown>) =>
      graphql({ schema, source, contextValue, variableValues });
    const listed = await run('{ savedQueries { name source parameters { name type default required } } }');
    expect(listed.errors).toBeUndefined();
    const farms = ((listed.data?.savedQueries ?? []) as { name: string; parameters: unknown[] }[]).find(
      (q) => q.name === 'laptop-farms',
    );
    expect(farms?.parameters).toContainEqual({
      name: 'minIdentities',
      type: 'int',
      default: 2,
      required: false,
    });

    const result = await run(
      'query ($p: JSON) { runCypher(cypher: "RETURN $n AS n", params: $p) { columns rows graph { nodes { id } } truncated elapsedMs } }',
      { p: { n: 7 } },
    );
    expect(result.data?.runCypher).toMatchObject({
      columns: ['n'],
      rows: [{ n: 7 }],
      graph: null,
      truncated: false,
    });

    const refused = await run('{ runCypher(cypher: "CREATE (n:Worker)") { rows } }');
    expect((refused.errors?.[0]?.originalError as { code?: string })?.code).toBe('QUERY_REFUSED');
  });
});
