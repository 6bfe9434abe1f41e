// Which kind of entity a list entry becomes: the known-entries table first, then the entry's SDN type.
import { normalizeName } from '../../model/index.js';
import { type CoreKind, KNOWN_BY_ENT_NUM, KNOWN_BY_NAME } from './known-entries.js';
import type { SdnRow } from './sdn-file.js';

export type EntryKind = CoreKind | 'Person' | 'Organization' | 'Vessel' | 'Aircraft';

const BY_TYPE = {
  individual: 'Person',
  entity: 'Organization',
  vessel: 'Vessel',
  aircraft: 'Aircraft',
} as const satisfies Record<SdnRow['type'], EntryKind>;

export function entryKind(row: Pick<SdnRow, 'entNum' | 'name' | 'type'>): EntryKind {
  return (KNOWN_BY_ENT_NUM[row.entNum] ?? KNOWN_BY_NAME[normalizeName(row.name)])?.kind ?? BY_TYPE[row.type];
}

/** Kinds keyed by name plus a qualifier (`OFAC-<ent_num>`), so that two namesakes stay two nodes. */
export function isQualified(kind: EntryKind): boolean {
  return kind === 'Person' || kind === 'Organization' || kind === 'Vessel' || kind === 'Aircraft';
}

/** The qualifier that keeps namesakes on the list apart. */
export const qualifierOf = (entNum: string): string => `OFAC-${entNum}`;
