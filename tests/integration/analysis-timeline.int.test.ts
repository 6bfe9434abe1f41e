// timeline: dated links of several entities, oldest first, bounds inclusive at their precision, once each.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityId } from '../../model/keys.js';
import { timeline } from '../../server/analysis/timeline.js';
import type { ThreadlineError } from '../../server/errors/threadline-error.js';
import { upsertBatch } from '../../server/graph/upsert.js';
import { type RawEntity, type RawRelationship, validateBatch } from '../../server/graph/validate-batch.js';
import type { GraphDb } from '../../server/runtime/graph-db.js';
import { openTestGraphDb } from '../support/graph-db.js';

const tag = randomUUID().slice(0, 8);
const entities: RawEntity[] = [];
const add = (kind: string, properties: Record<string, unknown>) => {
  entities.push({ kind, properties });
  return { kind, id: entityId(kind, properties) };
};
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
const code = (p: Promise<unknown>) =>
  p.then(
    () => 'none',
    (e: ThreadlineError) => e.code,
  );

beforeAll(async () => {
  db = await openTestGraphDb();
  const session = db.session();
  try {
    await upsertBatch(session, validateBatch({ entities, relationships }), { origin: 'test:analysis' });
  } finally {
    await session.close();
  }
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
    expect(await code(timeline(db, { ids: [worker.id], from: 'last year', unmask: false }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(await code(timeline(db, { ids: [worker.id], from: '2022', to: '2021', unmask: false }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(await code(timeline(db, { ids: [], unmask: false }))).toBe('BAD_USER_INPUT');
  });
});
