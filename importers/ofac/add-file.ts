// add.csv: the addresses of list entries (ent_num, add_num, street, city line, country, remarks), typed.
import type { IssueLog } from '../shared/issues.js';
import { readLegacyCsv } from './legacy-csv.js';

export interface AddressRow {
  line: number;
  entNum: string;
  addNum: string;
  /** The `Address` column: street, building, P.O. box. */
  street: string;
  /** `City/State/Province/Postal Code`, one free-text column in this format. */
  cityLine: string;
  country: string;
  remarks: string;
}

export const ADD_FILE = 'add.csv';

/** One line of text from the non-empty parts, in the list's order: the Address node's `full`. */
export function fullAddress(row: Pick<AddressRow, 'street' | 'cityLine' | 'country'>): string {
  return [row.street, row.cityLine, row.country]
    .map((part) =>
      part
        .replace(/\s+/g, ' ')
        .replace(/,+\s*$/, '')
        .trim(),
    )
    .filter(Boolean)
    .join(', ');
}

export function readAddFile(text: string, issues: IssueLog, file = ADD_FILE): AddressRow[] {
  const rows: AddressRow[] = [];
  for (const { line, fields } of readLegacyCsv(text, file, 6, issues)) {
    const [entNum, addNum, street, cityLine, country, remarks] = fields;
    if (!/^\d+$/.test(entNum)) {
      issues.add({ code: 'MALFORMED_ROW', file, line, message: `ent_num "${entNum}" is not a number` });
      continue;
    }
    rows.push({ line, entNum, addNum, street, cityLine, country, remarks });
  }
  return rows;
}
