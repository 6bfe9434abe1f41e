// alt.csv: other names of list entries (ent_num, alt_num, aka/fka/nka, name, remarks), typed.
import type { IssueLog } from '../shared/issues.js';
import { readLegacyCsv } from './legacy-csv.js';

export interface AliasRow {
  line: number;
  entNum: string;
  altNum: string;
  /** `aka`, `fka` (formerly) or `nka` (now known as): all become aliases. */
  altType: string;
  name: string;
}

export const ALT_FILE = 'alt.csv';

export function readAltFile(text: string, issues: IssueLog, file = ALT_FILE): AliasRow[] {
  const rows: AliasRow[] = [];
  for (const { line, fields } of readLegacyCsv(text, file, 5, issues)) {
    const [entNum, altNum, altType, name] = fields;
    if (!/^\d+$/.test(entNum) || !name) {
      issues.add({ code: 'MALFORMED_ROW', file, line, message: `not an alias: ent_num "${entNum}"` });
      continue;
    }
    rows.push({ line, entNum, altNum, altType: altType.toLowerCase(), name });
  }
  return rows;
}
