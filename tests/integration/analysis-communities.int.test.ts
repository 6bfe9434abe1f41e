// communities and community on a synthetic two-cluster graph: WCC over infrastructure links, and Louvain.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCommunities, readCommunity } from '../../server/analysis/communities.js';
import { communityId } from '../../server/analysis/community-id.js';
import { hasGds } from '../../server/analysis/gds.js';
import { loadProjection } from '../../server/analysis/projection.js';
import type { GraphDb } from '../../server/runtime/graph-db.js';
import { errorCode, fixtureTag, fixtureWorld, type Ref, writeFixture } from '../support/fixture-world.js';
import { openTestGraphDb } from '../support/graph-db.js';

const tag = fixtureTag();
const { entities, relationships, add, link } = fixtureWorld();

// Cluster A: five personas sharing one phone, one mailbox and one address (all infrastructure links).
const phone = add('PhoneNumber', { number: `+44${parseInt(tag, 16) % 100_000_000}` });
const mailbox = add('Account', { platform: 'mail', handle: `team-${tag}@example.com` });
const home = add('Address', { full: `5 Shared Street ${tag}` });
const personas = [1, 2, 3, 4, 5].map((i) =>
  add('Identity', { name: `Persona ${i} ${tag}`, birthDate: `199${i}-01-01` }),
);
for (const p of personas) {
  link('HAS_PHONE', p, phone);
  link('HAS_ACCOUNT', p, mailbox);
  link('RESIDES_AT', p, home);
}
// Cluster B: five laptops at one farm, hosted by the facilitator who lives there.
const farm = add('Address', { full: `7 Farm Lane ${tag}` });
const host = add('Facilitator', { name: `Farm Host ${tag}` });
const laptops = [1, 2, 3, 4, 5].map((i) => add('Laptop', { serial: `LB${i}-${tag}` }));
for (const l of laptops) {
  link('SHIPPED_TO', l, farm);
  link('HOSTS', host, l);
}
link('RESIDES_AT', host, farm);
// One bridge that is not infrastructure: WCC keeps the clusters apart, Louvain must cut it.
link('ASSIGNED_TO', laptops[0] as Ref, personas[0] as Ref);
// Pay into the mailbox from an employer outside both clusters.
const employer = add('Employer', { name: `Payer ${tag}` });
link('PAID', employer, mailbox, { amount: 3000, currency: 'USD', on: '2024-01-31' });

const clusterA = [phone, mailbox, home, ...personas].map((n) => n.id).sort();
const clusterB = [farm, host, ...laptops].map((n) => n.id).sort();

let db: GraphDb;

beforeAll(async () => {
  db = await openTestGraphDb();
  await writeFixture(db, { entities, relationships }, 'test:analysis');
});

afterAll(() => db.close());

describe('communities (wcc)', () => {
  it('finds both clusters, summarised, with ids named by their smallest member', async () => {
    const list = await listCommunities(db, { algorithm: 'wcc', minSize: 7, limit: 1000, unmask: false });
    const a = list.find(
      (c) => c.id === communityId({ algorithm: 'wcc', kinds: [], anchorId: clusterA[0] as string }),
    );
    const b = list.find(
      (c) => c.id === communityId({ algorithm: 'wcc', kinds: [], anchorId: clusterB[0] as string }),
    );
    expect(a?.memberCount).toBe(8);
    expect(b?.memberCount).toBe(7);
    expect(a?.counts).toEqual([
      { kind: 'Identity', count: 5 },
      { kind: 'Account', count: 1 },
      { kind: 'Address', count: 1 },
      { kind: 'PhoneNumber', count: 1 },
    ]);
    expect(a?.totalFlowUsd).toBe(3000);
    expect(b?.anchor?.id).toBe(host.id);
    expect(b?.label).toBe(`Farm Host ${tag} community`);
    expect(b?.keyMembers[0]?.id).toBe(farm.id);
    const again = await listCommunities(db, { algorithm: 'wcc', minSize: 7, limit: 1000, unmask: false });
    expect(again.map((c) => c.id)).toEqual(list.map((c) => c.id));
    const bigger = await listCommunities(db, { algorithm: 'wcc', minSize: 8, limit: 1000, unmask: false });
    expect(bigger.map((c) => c.id)).not.toContain(b?.id);
  });

  it('reads one community back by id, with its links', async () => {
    const id = communityId({ algorithm: 'wcc', kinds: [], anchorId: clusterA[0] as string });
    const cluster = await readCommunity(db, id, { unmask: false });
    expect(cluster?.nodes.map((n) => n.id).sort()).toEqual(clusterA);
    expect(cluster?.edges).toHaveLength(15);
    expect(cluster?.truncated).toBe(false);
    const small = await readCommunity(db, id, { limit: 3, unmask: false });
    expect(small?.nodes).toHaveLength(3);
    expect(small?.truncated).toBe(true);
    expect(small?.summary.memberCount).toBe(8);
  });

  it('projects only the kinds asked for', async () => {
    const kinds = ['PhoneNumber', 'Identity'];
    const id = communityId({ algorithm: 'wcc', kinds: [...kinds].sort(), anchorId: clusterA[0] as string });
    const anchorId = [phone, ...personas].map((n) => n.id).sort()[0] as string;
    const cluster = await readCommunity(db, id.replace(clusterA[0] as string, anchorId), { unmask: false });
    expect(cluster?.summary.memberCount).toBe(6);
  });
});

// Louvain on a shared database: modularity's resolution limit means two small clusters joined by one
// link merge once the rest of the graph is large (tests/unit/analysis-algorithms.test.ts shows the cut
// on an isolated graph). What holds whatever else the database holds: a cluster is never split, nothing
// from outside its connected world joins it, and the answer is the same every time.
describe('communities (louvain)', () => {
  const world = [...clusterA, ...clusterB, employer.id];

  it('keeps each cluster whole and inside its connected world, the same on every run', async () => {
    const id = communityId({ algorithm: 'louvain', kinds: [], anchorId: personas[0]?.id as string });
    const a = await readCommunity(db, id, { unmask: false });
    const ids = a?.nodes.map((n) => n.id) ?? [];
    for (const member of clusterA) expect(ids).toContain(member);
    for (const member of ids) expect(world).toContain(member);
    const again = await readCommunity(db, id, { unmask: false });
    expect(again?.summary.id).toBe(a?.summary.id);
    expect(again?.nodes.map((n) => n.id).sort()).toEqual([...ids].sort());
  });
});

describe('communities (GDS engine, when Neo4j has it)', () => {
  it('agrees with graphology on components, and keeps Louvain clusters whole', async (ctx) => {
    if (!(await hasGds(db))) ctx.skip();
    const wcc = communityId({ algorithm: 'wcc', kinds: [], anchorId: clusterA[0] as string });
    const viaGds = await readCommunity(db, wcc, { unmask: false, engine: 'gds' });
    const viaGraphology = await readCommunity(db, wcc, { unmask: false, engine: 'graphology' });
    expect(viaGds?.nodes.map((n) => n.id).sort()).toEqual(clusterA);
    expect(viaGds?.summary).toEqual(viaGraphology?.summary);
    const louvain = communityId({ algorithm: 'louvain', kinds: [], anchorId: host.id });
    const ids =
      (await readCommunity(db, louvain, { unmask: false, engine: 'gds' }))?.nodes.map((n) => n.id) ?? [];
    for (const member of clusterB) expect(ids).toContain(member);
    for (const member of ids) expect([...clusterA, ...clusterB, employer.id]).toContain(member);
  });
});

describe('communities: bad input', () => {
  it('refuses unknown algorithms, kinds and ids, and too large a projection', async () => {
    expect(await errorCode(listCommunities(db, { algorithm: 'leiden', unmask: false }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(await errorCode(listCommunities(db, { kinds: ['Planet'], unmask: false }))).toBe('BAD_USER_INPUT');
    expect(await errorCode(listCommunities(db, { minSize: 0, unmask: false }))).toBe('BAD_USER_INPUT');
    expect(await errorCode(readCommunity(db, 'wrk_123', { unmask: false }))).toBe('BAD_USER_INPUT');
    expect(await readCommunity(db, `com:wcc:*:wrk_gone${tag}`, { unmask: false })).toBeNull();
    expect(await errorCode(loadProjection(db, { types: ['HOSTS'], maxRelationships: 1 }))).toBe(
      'QUERY_REFUSED',
    );
  });
});
