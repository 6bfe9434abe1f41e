// Entries an earlier snapshot listed and this newer one does not: their Sanction becomes delisted.
import { entityId } from '../../model/keys.js';
import type { PooledEntity } from '../shared/item-pool.js';
import type { ListState } from './list-state.js';
import { LIST_NAME } from './source.js';

export const DELISTINGS = 'delistings';

/** Never deletes: the Sanction stays, with status `delisted` and the date of the list that dropped it. */
export function planDelistings(state: ListState, present: ReadonlySet<string>, date: string): PooledEntity[] {
  const out: PooledEntity[] = [];
  for (const stored of state.entries.values()) {
    if (present.has(stored.entryId) || stored.status === 'delisted') continue;
    // Only entries an earlier import saw: a Sanction another writer added (a newer designation from a
    // seed, say) is not this snapshot's to delist.
    if (stored.lastSnapshot === undefined || stored.lastSnapshot >= date) continue;
    const properties = { list: LIST_NAME, entryId: stored.entryId, status: 'delisted', delistedOn: date };
    out.push({ kind: 'Sanction', id: entityId('Sanction', properties), properties, file: DELISTINGS });
  }
  return out;
}
