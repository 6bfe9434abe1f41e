// neighborhood on a supernode of 10,003 links: read in part (per type), capped, truncated, omitted counted as lower
// bounds, rare kinds kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FANOUT } from '../../server/read/neighborhood.js';
import { LINKS_PER_TYPE, SUPERNODE_DEGREE } from '../../server/read/supernode.js';
import { type Api, openApi, unique } from './api-harness.js';

const NEIGHBORHOOD = `query ($ids: [ID!]!, $depth: Int, $kinds: [Kind!], $limit: Int, $offset: Int) {
  neighborhood(ids: $ids, depth: $depth, kinds: $kinds, limit: $limit, offset: $offset) {
    nodes { id kind caption flags }
    edges { id type source target }
    truncated
    omitted { kind count }
    total { kind count }
    totalsExact
  }
}`;
const LAPTOPS = 10_000;

let api: Api;
let hubId: string;
let workerIds: string[];
const tag = unique('farm').replace(' ', '-');

beforeAll(async () => {
  api = await openApi();
  const hub = unique('1 Laptop Farm Road');
  const workers = [1, 2, 3].map((i) => unique(`Farm Worker ${i}`));
  const written = await api.gql('mutation ($input: UpsertInput!) { upsertEntities(input: $input) { ids } }', {
    input: {
      addresses: [{ full: hub }],
      workers: workers.map((name) => ({ name })),
      relationships: workers.map((name) => ({
        type: 'RESIDES_AT',
        from: { kind: 'Worker', key: { name } },
        to: { kind: 'Address', key: { full: hub } },
      })),
    },
  });
  expect(written.errors).toBeUndefined();
  // ids come in UpsertInput field order: workers before addresses.
  workerIds = (written.data?.upsertEntities.ids ?? []) as string[];
  hubId = workerIds.pop() as string;
  // 10,000 laptops shipped to the farm, in one statement (the model's labels and id prefixes).
  await api.db.write(
    `MATCH (a:Entity {id: $hubId})
     UNWIND range(1, $n) AS i
     CREATE (l:Entity:Laptop {id: 'lap_' + $tag + '_' + i, kind: 'Laptop', serial: $tag + '-' + i, grade: 'probable'})
     CREATE (l)-[:SHIPPED_TO {id: 'rel_' + $tag + '_' + i}]->(a)`,
    { hubId, n: LAPTOPS, tag },
  );
});
afterAll(() => api.close());

const kindCount = (list: { kind: string; count: number }[], kind: string) =>
  list.find((k) => k.kind === kind)?.count;

describe('neighborhood', () => {
  it('reads a supernode in part, caps it at the limit, keeps the rare kind, and counts what it left out', async () => {
    expect(LAPTOPS + 3).toBeGreaterThan(SUPERNODE_DEGREE);
    const started = performance.now();
    const { data, errors } = await api.gql(NEIGHBORHOOD, { ids: [hubId], limit: 200 });
    console.log(`neighborhood of a ${LAPTOPS}-neighbour node: ${Math.round(performance.now() - started)} ms`);
    expect(errors).toBeUndefined();
    const n = data?.neighborhood;
    expect(n.nodes.length).toBe(200);
    expect(n.truncated).toBe(true);
    // At most LINKS_PER_TYPE of its 10,000 SHIPPED_TO links were read, all 3 RESIDES_AT: lower bounds.
    expect(n.totalsExact).toBe(false);
    expect(kindCount(n.total, 'Laptop')).toBe(LINKS_PER_TYPE);
    expect(kindCount(n.total, 'Worker')).toBe(3);
    // 199 neighbours shown: the 3 workers (interleaved first) and 196 laptops.
    const shown = n.nodes.filter((x: { kind: string }) => x.kind === 'Laptop').length;
    expect(shown).toBe(196);
    expect(n.nodes.map((x: { id: string }) => x.id)).toEqual(expect.arrayContaining([hubId, ...workerIds]));
    expect(n.omitted).toEqual([{ kind: 'Laptop', count: LINKS_PER_TYPE - 196 }]);
    expect(n.edges.length).toBe(199);
    const ids = new Set(n.nodes.map((x: { id: string }) => x.id));
    for (const e of n.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });

  it('pages through the rest with offset ("show more")', async () => {
    const first = await api.gql(NEIGHBORHOOD, { ids: [hubId], limit: 200 });
    const next = await api.gql(NEIGHBORHOOD, { ids: [hubId], limit: 200, offset: 199 });
    const firstIds = new Set(first.data?.neighborhood.nodes.map((x: { id: string }) => x.id));
    const nextLaptops = next.data?.neighborhood.nodes.filter((x: { kind: string }) => x.kind === 'Laptop');
    expect(nextLaptops.length).toBe(199);
    for (const l of nextLaptops) expect(firstIds.has(l.id)).toBe(false);
    expect(next.data?.neighborhood.omitted).toEqual([{ kind: 'Laptop', count: LINKS_PER_TYPE - 196 - 199 }]);
  });

  it('filters by kind, and samples beyond the first hop without blowing up', async () => {
    const workersOnly = await api.gql(NEIGHBORHOOD, { ids: [hubId], kinds: ['Worker'] });
    expect(workersOnly.data?.neighborhood.nodes.length).toBe(4);
    expect(workersOnly.data?.neighborhood.truncated).toBe(false);
    // Still a supernode, but no type's read reached its cap (laptops are filtered out): exact totals.
    expect(workersOnly.data?.neighborhood).toMatchObject({
      totalsExact: true,
      total: [{ kind: 'Worker', count: 3 }],
    });
    // A worker has 1 link: its totals are exact.
    const worker = await api.gql(NEIGHBORHOOD, { ids: [workerIds[0]] });
    expect(worker.data?.neighborhood).toMatchObject({
      totalsExact: true,
      total: [{ kind: 'Address', count: 1 }],
    });

    const started = performance.now();
    const deep = await api.gql(NEIGHBORHOOD, { ids: [workerIds[0]], depth: 2, limit: 1000 });
    console.log(`depth 2 through the supernode: ${Math.round(performance.now() - started)} ms`);
    expect(deep.errors).toBeUndefined();
    const nodes = deep.data?.neighborhood.nodes;
    // Beyond the first hop at most FANOUT (100) neighbours of each node are read: the hub's 10,003 are not.
    expect(nodes.length).toBe(2 + FANOUT);
    expect(nodes.map((x: { id: string }) => x.id)).toEqual(expect.arrayContaining([workerIds[0], hubId]));
    expect(deep.data?.neighborhood.truncated).toBe(true);
  });

  it('refuses a depth or limit out of range', async () => {
    const deep = await api.gql(NEIGHBORHOOD, { ids: [hubId], depth: 4 });
    expect(deep.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: [{ path: 'depth' }],
    });
    const big = await api.gql(NEIGHBORHOOD, { ids: [hubId], limit: 1001 });
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
