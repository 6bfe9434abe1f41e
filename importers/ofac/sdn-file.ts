// sdn.csv: one row per list entry (ent_num, name, type, programs, …, remarks), typed.
import type { IssueLog } from '../shared/issues.js';
import { readLegacyCsv } from './legacy-csv.js';

export type SdnType = 'individual' | 'vessel' | 'aircraft' | 'entity';

export interface SdnRow {
  line: number;
  entNum: string;
  name: string;
  /** The format leaves the type empty for organisations; we call that `entity`. */
  type: SdnType;
  programs: string[];
  title: string;
  callSign: string;
  vesselType: string;
  tonnage: string;
  grt: string;
  vesselFlag: string;
  vesselOwner: string;
  remarks: string;
}

export const SDN_FILE = 'sdn.csv';
const TYPES: Record<string, SdnType> = {
  '': 'entity',
  individual: 'individual',
  vessel: 'vessel',
  aircraft: 'aircraft',
};

/**
 * Programs are joined as `A] [B`; the outer brackets are missing, and whether the field is quoted varies
 * by year, which the CSV parser has already undone.
 */
export function splitPrograms(field: string): string[] {
  return [...new Set(field.split('] [').map((p) => p.replace(/^\[|\]$/g, '').trim()))].filter(Boolean);
}

export function readSdnFile(text: string, issues: IssueLog, file = SDN_FILE): SdnRow[] {
  const rows: SdnRow[] = [];
  for (const { line, fields } of readLegacyCsv(text, file, 12, issues)) {
    const [entNum, name, type, programs, title, callSign, vesselType, tonnage, grt, flag, owner, remarks] =
      fields;
    const sdnType = TYPES[type.toLowerCase()];
    if (!/^\d+$/.test(entNum) || !name || !sdnType) {
      issues.add({
        code: 'MALFORMED_ROW',
        file,
        line,
        message: `not an entry: ent_num "${entNum}", type "${type}"`,
      });
      continue;
    }
    rows.push({
      line,
      entNum,
      name,
      type: sdnType,
      programs: splitPrograms(programs),
      title,
      callSign,
      vesselType,
      tonnage,
      grt,
      vesselFlag: flag,
      vesselOwner: owner,
      remarks,
    });
  }
  return rows;
}
