// One row per ent_num: a repeated ent_num is reported, and a reused one (another name) is never merged.
import { normalizeName } from '../../model/index.js';
import type { IssueLog } from '../shared/issues.js';
import type { SdnRow } from './sdn-file.js';

/**
 * Keeps the first row of each ent_num. A later row with the same name is a DUPLICATE_ROW; with another
 * name (2022-01 reuses 2677 for HAMER AND NAIL CONSTRUCTION LIMITED) a CONFLICTING_ROW: guessing which row
 * owns the number would attach one entity's addresses and aliases to another, so the later row is skipped.
 */
export function firstRowPerEntry(
  rows: readonly SdnRow[],
  file: string,
  issues: IssueLog,
): Map<string, SdnRow> {
  const kept = new Map<string, SdnRow>();
  for (const row of rows) {
    const first = kept.get(row.entNum);
    if (!first) {
      kept.set(row.entNum, row);
    } else if (normalizeName(first.name) === normalizeName(row.name)) {
      issues.add({
        code: 'DUPLICATE_ROW',
        file,
        line: row.line,
        message: `ent_num ${row.entNum} repeats line ${first.line}: skipped`,
      });
    } else {
      issues.add({
        code: 'CONFLICTING_ROW',
        file,
        line: row.line,
        message: `ent_num ${row.entNum} is "${first.name}" at line ${first.line} but "${row.name}" here: skipped, not merged`,
      });
    }
  }
  return kept;
}
