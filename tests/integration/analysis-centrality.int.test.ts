// centrality: a laptop-farm hub ranks above everything else in its neighbourhood, by every algorithm.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centrality } from '../../server/analysis/centrality.js';
import { hasGds } from '../../server/analysis/gds.js';
import type { GraphDb } from '../../server/runtime/graph-db.js';
import { errorCode, fixtureTag, fixtureWorld, type Ref, writeFixture } from '../support/fixture-world.js';
import { openTestGraphDb } from '../support/graph-db.js';

const tag = fixtureTag();
const { entities, relationships, add, link } = fixtureWorld();
const hub = add('Address', { full: `1 Hub Plaza ${tag}` });
const laptops = Array.from({ length: 12 }, (_, i) => add('Laptop', { serial: `HUB${i}-${tag}` }));
const personas = [0, 1, 2].map((i) =>
  add('Identity', { name: `Hub Persona ${i} ${tag}`, birthDate: '1990-05-05' }),
);
const home = add('Address', { full: `2 Quiet Road ${tag}` });
for (const l of laptops) link('SHIPPED_TO', l, hub);
personas.forEach((p, i) => {
  link('ASSIGNED_TO', laptops[i] as Ref, p);
  link('RESIDES_AT', p, home);
});

let db: GraphDb;

beforeAll(async () => {
  db = await openTestGraphDb();
  await writeFixture(db, { entities, relationships }, 'test:analysis');
});

afterAll(() => db.close());

// Scores depend on the whole database, which other tests share: the hub is compared with the other
// address of its neighbourhood (Addresses are few enough that both are always within the limit).
describe('centrality', () => {
  const rankOf = (scores: { node: { id: string } }[], id: string) =>
    scores.findIndex((s) => s.node.id === id);

  for (const algorithm of ['degree', 'pagerank', 'betweenness']) {
    it(`${algorithm} ranks the hub above the quiet address, best first`, async () => {
      const scores = await centrality(db, { algorithm, kinds: ['Address'], limit: 1000, unmask: false });
      expect(rankOf(scores, hub.id)).toBeGreaterThanOrEqual(0);
      const quiet = rankOf(scores, home.id);
      if (quiet >= 0) expect(rankOf(scores, hub.id)).toBeLessThan(quiet);
      const values = scores.map((s) => s.score);
      expect(values).toEqual([...values].sort((a, b) => b - a));
    });
  }

  it('ranks the hub with the GDS engine too, PageRank on the same scale as graphology', async (ctx) => {
    if (!(await hasGds(db))) ctx.skip();
    const options = { kinds: ['Address'], limit: 1000, unmask: false };
    const score = (list: { node: { id: string }; score: number }[]) =>
      list.find((s) => s.node.id === hub.id)?.score;
    const viaGds = await centrality(db, { ...options, algorithm: 'pagerank', engine: 'gds' });
    const viaGraphology = await centrality(db, { ...options, algorithm: 'pagerank', engine: 'graphology' });
    expect(score(viaGds)).toBeCloseTo(score(viaGraphology) ?? 0, 4);
    const between = await centrality(db, { ...options, algorithm: 'betweenness', engine: 'gds' });
    const quiet = rankOf(between, home.id);
    if (quiet >= 0) expect(rankOf(between, hub.id)).toBeLessThan(quiet);
    expect(score(between)).toBeGreaterThan(0);
  });

  it('counts visible links for degree, and ranks only the kinds asked for', async () => {
    const scores = await centrality(db, {
      algorithm: 'degree',
      kinds: ['Address'],
      limit: 1000,
      unmask: false,
    });
    expect(scores.every((s) => s.node.kind === 'Address')).toBe(true);
    expect(scores.find((s) => s.node.id === hub.id)?.score).toBe(12);
    expect(scores.find((s) => s.node.id === home.id)?.score).toBe(3);
  });

  it('refuses unknown algorithms and limits', async () => {
    expect(await errorCode(centrality(db, { algorithm: 'closeness', unmask: false }))).toBe('BAD_USER_INPUT');
    expect(await errorCode(centrality(db, { limit: 100_000, unmask: false }))).toBe('BAD_USER_INPUT');
  });
});
