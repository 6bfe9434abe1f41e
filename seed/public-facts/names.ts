// Exact list names of the anchor entities: the same keys as the OFAC importer, reused by the synthetic world.
import type { FactRef } from './types.js';

/** sdn.csv ent_num 24977 (2022-01). */
export const YANBIAN_SILVERSTAR = 'YANBIAN SILVERSTAR NETWORK TECHNOLOGY CO., LTD.';
/** sdn.csv ent_num 24978 (2022-01). */
export const VOLASYS_SILVER_STAR = 'VOLASYS SILVER STAR';
/** sdn.csv ent_num 43379 (2024-05). */
export const CHINYONG = 'CHINYONG INFORMATION TECHNOLOGY COOPERATION COMPANY';
/** sdn.csv ent_num 24979 (2022-01). */
export const JONG_SONG_HWA = 'JONG, Song Hwa';
/** sdn.csv ent_num 43377 (2024-05). */
export const KIM_SANG_MAN = 'KIM, Sang Man';

/** The OFAC list name used as the `list` of every SDN Sanction entity (the Sanction key is list + entryId). */
export const OFAC_SDN = 'OFAC SDN';

export const ref = (kind: string, key: Record<string, string>): FactRef => ({ kind, key });
export const frontCompany = (name: string): FactRef => ref('FrontCompany', { name });
export const address = (full: string): FactRef => ref('Address', { full });
export const sdnEntry = (entryId: string): FactRef => ref('Sanction', { list: OFAC_SDN, entryId });

/** The three real front companies the synthetic world attaches to. */
export const ANCHOR_FRONT_COMPANIES = [YANBIAN_SILVERSTAR, VOLASYS_SILVER_STAR, CHINYONG] as const;

/**
 * Designations announced by Treasury whose SDN entry number is not in the project's list copies: their
 * Sanction is keyed by this list name and "date listed name", never by an invented entry number.
 */
export const ANNOUNCED_DESIGNATION = 'OFAC designation (announced)';
export const announced = (date: string, listedName: string): FactRef =>
  ref('Sanction', { list: ANNOUNCED_DESIGNATION, entryId: `${date} ${listedName}` });
