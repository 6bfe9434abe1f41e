// One list entry's items: its entity, its Sanction, its wallets and its addresses, with their links.
import { MODEL } from '../../model/index.js';
import { entityId } from '../../model/keys.js';
import type { IssueLog } from '../shared/issues.js';
import type { ItemPool } from '../shared/item-pool.js';
import { ADD_FILE, fullAddress } from './add-file.js';
import type { ListEntry } from './assemble-entries.js';
import { type EntryKind, entryKind, isQualified, qualifierOf } from './entry-kind.js';
import { entryProperties } from './entry-properties.js';
import type { StoredEntry } from './list-state.js';
import { SDN_FILE } from './sdn-file.js';
import { LIST_NAME, ORIGIN } from './source.js';
import { walletNetwork } from './wallet-network.js';

export type Ref = { kind: string; id: string };

export interface EntryContext {
  pool: ItemPool;
  issues: IssueLog;
  /** Provenance of every fact of the snapshot: grade, firstSeen, lastSeen. */
  seen: Record<string, string>;
  /** The Sanction's status fields this snapshot may state (none for an older snapshot's known entry). */
  status: Record<string, string | undefined>;
  /** False when a newer snapshot already spoke for the entry: lists only, no scalars. */
  current: boolean;
  stored?: StoredEntry;
}

/** Keeps the node of an earlier snapshot when the list renamed the entry since (see entryProperties). */
function keyNameOf(entry: ListEntry, kind: EntryKind, stored: StoredEntry | undefined): string {
  const name = entry.row.name;
  const key = isQualified(kind) ? { name, qualifier: qualifierOf(entry.row.entNum) } : { name };
  if (!stored || stored.linked.some((e) => e.id === entityId(kind, key))) return name;
  return stored.linked.find((e) => e.kind === kind && e.origins.includes(ORIGIN) && e.name)?.name ?? name;
}

/** Adds the entry's items to the pool and returns a reference to its entity. */
export function planEntry(entry: ListEntry, ctx: EntryContext): Ref {
  const { row, facts } = entry;
  const { pool, seen } = ctx;
  const kind = entryKind(row);
  const props = entryProperties(entry, kind, keyNameOf(entry, kind, ctx.stored), ctx.current);
  const ref = { kind, id: pool.entity(kind, { ...props, ...seen }, SDN_FILE) };

  const sanction = {
    list: LIST_NAME,
    entryId: row.entNum,
    programs: row.programs,
    ...(ctx.current ? { listedName: row.name, remarks: row.remarks || undefined } : {}),
    ...ctx.status,
    ...seen,
  };
  const sanctionRef = { kind: 'Sanction', id: pool.entity('Sanction', sanction, SDN_FILE) };
  pool.relationship('SANCTIONED_UNDER', ref, sanctionRef, seen, SDN_FILE);

  for (const { asset, address } of facts.wallets) {
    if (!MODEL.allows('CONTROLS', kind, 'Wallet')) {
      const message = `ent_num ${row.entNum}: a ${kind} cannot control a wallet; ${address} skipped`;
      ctx.issues.add({ code: 'NOT_ALLOWED', file: SDN_FILE, line: row.line, message });
      continue;
    }
    const wallet = {
      network: walletNetwork(asset, address),
      address,
      assets: [asset.toUpperCase()],
      ...seen,
    };
    pool.relationship(
      'CONTROLS',
      ref,
      { kind: 'Wallet', id: pool.entity('Wallet', wallet, SDN_FILE) },
      seen,
      SDN_FILE,
    );
  }

  // People reside, organisations, vessels and aircraft are located: the model says which.
  const via = MODEL.allows('RESIDES_AT', kind, 'Address') ? 'RESIDES_AT' : 'LOCATED_AT';
  for (const address of entry.addresses) {
    if (!address.street) continue; // a city or a country alone is no place to link through
    const props = {
      full: fullAddress(address),
      street: address.street,
      city: address.cityLine || undefined,
      country: address.country || undefined,
      ...seen,
    };
    pool.relationship(
      via,
      ref,
      { kind: 'Address', id: pool.entity('Address', props, ADD_FILE) },
      seen,
      ADD_FILE,
    );
  }
  return ref;
}
