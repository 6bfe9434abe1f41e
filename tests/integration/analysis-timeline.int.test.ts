// timeline: dated links of several entities, oldest first, bounds inclusive at their precision, once each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timeline } from '../../server/analysis/timeline.js';
import type { RawRelationship } from '../../server/graph/validate-batch.js';
import type { GraphDb } from '../../server/runtime/graph-db.js';
import { errorCode, fixtureTag, fixtureWorld, writeFixture } from '../support/fixture-world.js';
import { openTestGraphDb } from '../support/graph-db.js';

const tag = fixtureTag();
const { entities, add } = fixtureWorld();
const worker = add('Worker', { name: `Timeline Worker ${tag}` });
const company = add('FrontCompany', { name: `Timeline Co ${tag}` });
const home = add('Address', { full: `3 Calendar Street ${tag}` });
const wallet = add('Wallet', { network: 'tron', address: `T${tag}` });
const other = add('Wallet', { network: 'tron', address: `T${tag}x` });
const friend = add('Worker', { name: `Timeline Friend ${tag}` });
const relationships: RawRelationship[] = [
  { type: 'RESIDES_AT', from: worker, to: home, properties: { from: '2019' } },
  { type: 'EMPLOYED_BY', from: worker, to: company, properties: { from: '2020-05' } },
  { type: 'CONTROLS', from: worker, to: wallet, properties: { from: '2021-12-31' } },
  {
    type: 'TRANSFERRED_TO',
    from: wallet,
    to: other,
    properties: { amount: 10, asset: 'USDT', at: '2021-12-31T10:00:00Z', amountUsd: 10 },
  },
  { type: 'LINKED_TO', from: worker, to: friend },
];

let db: GraphDb;

beforeAll(async () => {
  db = await openTestGraphDb();
  await writeFixture(db, { entities, relationships }, 'test:analysis');
});

afterAll(() => db.close());

describe('timeline', () => {
  it('lists dated links oldest first, each once, undated ones left out', async () => {
    const events = await timeline(db, { ids: [worker.id, wallet.id], unmask: false });
    expect(events.map((e) => [e.date, e.type])).toEqual([
      ['2019', 'RESIDES_AT'],
      ['2020-05', 'EMPLOYED_BY'],
      ['2021-12-31', 'CONTROLS'],
      ['2021-12-31T10:00:00.000Z', 'TRANSFERRED_TO'],
    ]);
    expect(events[0]?.direction).toBe('out');
    expect(events[0]?.other.id).toBe(home.id);
    expect(events[3]?.amount).toBe(10);
  });

  it('keeps both bounds inclusive at their own precision', async () => {
    const to2021 = await timeline(db, {
      ids: [worker.id, wallet.id],
      from: '2020',
      to: '2021-12-31',
      unmask: false,
    });
    expect(to2021.map((e) => e.type)).toEqual(['EMPLOYED_BY', 'CONTROLS', 'TRANSFERRED_TO']);
    const one = await timeline(db, { ids: [worker.id], from: '2020-05', to: '2020-05', unmask: false });
    expect(one.map((e) => e.type)).toEqual(['EMPLOYED_BY']);
  });

  it('refuses bad dates, reversed ranges and empty id lists', async () => {
    expect(await errorCode(timeline(db, { ids: [worker.id], from: 'last year', unmask: false }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(await errorCode(timeline(db, { ids: [worker.id], from: '2022', to: '2021', unmask: false }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(await errorCode(timeline(db, { ids: [], unmask: false }))).toBe('BAD_USER_INPUT');
  });
});
