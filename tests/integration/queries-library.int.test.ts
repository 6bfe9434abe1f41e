// Every query in cypher/queries loads cleanly and finds what it should in a small investigation.
import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadQueryLibraryAtStartUp, queryLibraryFor } from '../../server/queries/library-cache.js';
import { QUERY_DIR } from '../../server/queries/load-library.js';
import { runSavedQuery } from '../../server/queries/saved-queries.js';
import type { QueryResultJson } from '../../server/queries/types.js';
import type { GraphDb } from '../../server/runtime/graph-db.js';
import { openTestGraphDb } from '../support/graph-db.js';
import { type World, writeWorld } from './queries-world.js';

const id = (value: unknown): string => (value as { id: string }).id;
const ids = (value: unknown): string[] => (value as { id: string }[]).map((n) => n.id).sort();

interface Case {
  params: (w: World) => Record<string, unknown>;
  check: (result: QueryResultJson, w: World) => void;
}

// One case per query file: the test below fails when a query is added without one.
const CASES: Record<string, Case> = {
  'laptop-farms': {
    params: (w) => ({ match: w.u }),
    check: ({ rows, graph }, w) => {
      expect(rows.map((r) => id(r.address))).toEqual([w.ids.farm]);
      // The retracted identity's laptop went there too, and is not counted.
      expect(rows[0]).toMatchObject({ identities: 3, laptops: 3 });
      expect(ids(rows[0]?.facilitators)).toEqual([w.ids.f1]);
      expect(graph?.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([w.ids.farm, w.ids.l1, w.ids.i1]));
    },
  },
  'overlapping-hires': {
    params: (w) => ({ match: w.u }),
    check: ({ rows }, w) => {
      expect(rows).toHaveLength(1);
      expect(id(rows[0]?.identity)).toBe(w.ids.i1);
      expect([id(rows[0]?.firstEmployer), id(rows[0]?.secondEmployer)].sort()).toEqual(
        [w.ids.e1, w.ids.e2].sort(),
      );
      expect(rows[0]?.overlapFrom).toBe('2023-06-01');
    },
  },
  'shared-contact-points': {
    params: (w) => ({ match: w.u }),
    check: ({ rows }, w) => {
      const byShared = new Map(rows.map((r) => [id(r.shared), ids(r.holders)]));
      expect(byShared.get(w.ids.phone)).toEqual([w.ids.i1, w.ids.i3].sort());
      expect(byShared.get(w.ids.account)).toEqual([w.ids.i2, w.ids.i4].sort());
      expect(byShared.get(w.ids.payroll)).toEqual([w.ids.w1, w.ids.w2].sort());
      // The front wallet has one person holder (the other is a company): not shared.
      expect(byShared.has(w.ids.front)).toBe(false);
      // A victim's name never leaves the server in a node, unless the caller may unmask.
      const victim = rows.flatMap((r) => r.holders as { id: string; caption: string; flags: string[] }[]);
      const i2 = victim.find((n) => n.id === w.ids.i2);
      expect(i2?.flags).toContain('victim');
      expect(i2?.caption).not.toContain('Brian');
    },
  },
  'money-trail': {
    params: (w) => ({ employer: w.ids.e1 }),
    check: ({ rows, graph }, w) => {
      expect(rows.map((r) => [id(r.wallet), r.hops])).toEqual([
        [w.ids.front, 2],
        [w.ids.sanctioned, 3],
      ]);
      expect(ids(rows[0]?.frontCompanies)).toEqual([w.ids.fc1]);
      expect(rows.map((r) => [id(r.paidTo), r.payments, r.paid])).toEqual([
        [w.ids.payroll, 1, 5000],
        [w.ids.payroll, 1, 5000],
      ]);
      expect(ids(rows[1]?.sanctions)).toEqual([w.ids.sanction2]);
      // The retracted payment to a front-company wallet is no trail.
      expect(graph?.nodes.map((n) => n.id)).not.toContain(w.ids.retractedTarget);
    },
  },
  'sanctioned-neighbourhood': {
    params: (w) => ({ entity: w.ids.fc1, maxHops: 1 }),
    check: ({ rows }, w) => {
      expect(rows.map((r) => id(r.entity)).sort()).toEqual(
        [w.ids.sanction1, w.ids.w1, w.ids.front, w.ids.domain].sort(),
      );
      expect(rows.every((r) => r.hops === 1)).toBe(true);
    },
  },
  'front-company-workers': {
    params: (w) => ({ company: w.ids.fc1 }),
    check: ({ rows }, w) => {
      expect(rows.map((r) => [id(r.worker), r.hops, r.employedDirectly])).toEqual([
        [w.ids.w1, 1, true],
        [w.ids.w3, 2, false],
        [w.ids.w2, 3, false],
      ]);
    },
  },
  'facilitators-by-identities': {
    params: (w) => ({ match: w.u }),
    check: ({ rows }, w) => {
      expect(rows.map((r) => [id(r.facilitator), r.identities, r.laptops])).toEqual([
        [w.ids.f1, 3, 3],
        [w.ids.f2, 1, 1],
      ]);
    },
  },
  'wallets-many-employers': {
    params: (w) => ({ match: w.u, maxTransfers: 0 }),
    check: ({ rows }, w) => {
      expect(rows.map((r) => id(r.wallet))).toEqual([w.ids.payroll]);
      expect(rows[0]).toMatchObject({ employers: 3, paymentCount: 3, totalPaid: 15000 });
    },
  },
  'new-links-since': {
    params: (w) => ({ since: '2025-01-01', match: w.u }),
    check: ({ rows }) => {
      expect(rows.map((r) => r.type).sort()).toEqual(['HOSTS', 'TRANSFERRED_TO']);
      expect(rows.every((r) => String(r.firstSeen).startsWith('2025-06-01'))).toBe(true);
    },
  },
  'unverified-only': {
    params: (w) => ({ match: w.u }),
    check: ({ rows }, w) => {
      // The unverified identity backed by an A-rated source is not listed.
      expect(rows.map((r) => id(r.entity)).sort()).toEqual([w.ids.domain, w.ids.f2].sort());
    },
  },
  'path-between': {
    params: (w) => ({ from: w.ids.w3, to: w.ids.e1 }),
    check: ({ rows }, w) => {
      const first = rows[0]?.path as { nodes: { id: string }[]; length: number };
      expect(first.length).toBe(3);
      expect(first.nodes.map((n) => n.id)).toEqual([w.ids.w3, w.ids.front, w.ids.payroll, w.ids.e1]);
      expect(rows.map((r) => r.hops)).toEqual([...rows.map((r) => r.hops)].sort());
    },
  },
  'front-company-cluster': {
    params: (w) => ({ company: w.ids.fc1, maxHops: 2 }),
    check: ({ rows }) => {
      const byKind = Object.fromEntries(rows.map((r) => [r.kind, r]));
      expect(byKind.Wallet).toMatchObject({ members: 3, nearest: 1, moneyReceived: 28000 });
      expect(byKind.Worker).toMatchObject({ members: 2, nearest: 1 });
      expect(byKind.Identity).toMatchObject({ members: 2, nearest: 2 });
      expect(byKind.Sanction).toMatchObject({ members: 1 });
    },
  },
  'workers-many-personas': {
    params: (w) => ({ match: w.u }),
    check: ({ rows }, w) => {
      expect(rows.map((r) => [id(r.worker), r.personas, r.employerCount])).toEqual([[w.ids.w1, 2, 3]]);
    },
  },
  'graph-overview': {
    params: (w) => ({ match: w.u }),
    check: ({ rows }) => {
      const byKind = Object.fromEntries(rows.map((r) => [r.kind, r]));
      // Five identities written, one retracted.
      expect(byKind.Identity).toMatchObject({ entities: 4, unverified: 1, synthetic: 0 });
      expect(byKind.Laptop).toMatchObject({ entities: 5 });
    },
  },
};

let db: GraphDb;
let world: World;

beforeAll(async () => {
  db = await openTestGraphDb();
  world = await writeWorld(db);
}, 120_000);

afterAll(() => db?.close());

describe('the query library', () => {
  it('loads every file in cypher/queries without a problem', async () => {
    const logged: string[] = [];
    const library = await loadQueryLibraryAtStartUp(db, (line) => logged.push(line));
    expect(library.problems).toEqual([]);
    expect(logged).toEqual([`saved queries: ${library.queries.size} loaded, 0 skipped`]);
    // Primed: later callers get the same library without checking the files again.
    expect(await queryLibraryFor(db)).toBe(library);
    const files = (await readdir(QUERY_DIR)).filter((f) => f.endsWith('.cypher'));
    expect(library.queries.size).toBe(files.length);
    expect(library.queries.size).toBeGreaterThanOrEqual(12);
    expect(Object.keys(CASES).sort()).toEqual([...library.queries.keys()].sort());
  }, 120_000);

  it.each(Object.keys(CASES))(
    '%s finds what it should',
    async (name) => {
      const test = CASES[name] as Case;
      const result = await runSavedQuery(db, name, test.params(world));
      expect(result.truncated).toBe(false);
      test.check(result, world);
    },
    60_000,
  );

  it('front-company-workers answers within maxHops for each bound (one query branch per maxHops)', async () => {
    const params = (maxHops: number) => ({ company: world.ids.fc1, maxHops });
    const hops = async (maxHops: number) =>
      (await runSavedQuery(db, 'front-company-workers', params(maxHops))).rows.map((r) => [
        id(r.worker),
        r.hops,
      ]);
    expect(await hops(1)).toEqual([[world.ids.w1, 1]]);
    expect(await hops(2)).toEqual([
      [world.ids.w1, 1],
      [world.ids.w3, 2],
    ]);
    expect(await hops(5)).toEqual(await hops(3));
  }, 60_000);
});
