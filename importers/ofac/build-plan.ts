// Turns a snapshot and what the graph knows of the list into the items to write, and decides the dates.
import { ItemPool, type PooledEntity } from '../shared/item-pool.js';
import type { ListState } from './list-state.js';
import { planDelistings } from './plan-delistings.js';
import { planEntry, type Ref } from './plan-entry.js';
import { planLinks } from './plan-links.js';
import type { Snapshot } from './read-snapshot.js';

export interface Plan {
  /** False when a newer snapshot of the list was imported before: then no status changes at all. */
  newest: boolean;
  pool: ItemPool;
  /** Sanctions of earlier snapshots that this one no longer lists. */
  delistings: PooledEntity[];
  /** add.csv rows with no street (a city or a country only): not Address nodes, see docs/ofac-import.md. */
  placeOnlyAddresses: number;
}

export function buildPlan(snapshot: Snapshot, state: ListState): Plan {
  const { date, datetime, issues } = snapshot;
  const newest = state.lastSnapshot === undefined || date >= state.lastSnapshot;
  const seen = { grade: 'confirmed', firstSeen: datetime, lastSeen: datetime };
  const pool = new ItemPool();
  const refs = new Map<string, Ref>();
  for (const entry of snapshot.entries) {
    const stored = state.entries.get(entry.row.entNum);
    // An older snapshot may fill in what no newer one said, never re-activate or overwrite: an entry it
    // alone lists was dropped by the newer list we hold, so it arrives delisted as of that list.
    const status = newest
      ? { status: 'active' }
      : stored
        ? {}
        : { status: 'delisted', delistedOn: state.lastSnapshot };
    const current = stored?.lastSnapshot === undefined || date >= stored.lastSnapshot;
    refs.set(entry.row.entNum, planEntry(entry, { pool, issues, seen, status, current, stored }));
  }
  planLinks(snapshot.entries, refs, { pool, issues, seen });
  const present = new Set(snapshot.entries.map((e) => e.row.entNum));
  return {
    newest,
    pool,
    delistings: newest ? planDelistings(state, present, date) : [],
    placeOnlyAddresses: snapshot.entries.reduce((n, e) => n + e.addresses.filter((a) => !a.street).length, 0),
  };
}
