// Reads one file of OFAC's legacy CSV format: no header, `-0-` for empty, a possible Ctrl-Z at the end.
import { parse } from 'csv-parse/sync';
import type { IssueLog } from '../shared/issues.js';

/** A tuple of N strings: each file has a fixed column count, so its rows destructure without casts. */
export type Fields<N extends number, T extends string[] = []> = T['length'] extends N
  ? T
  : Fields<N, [...T, string]>;

/** One row of a legacy file: its fields trimmed, `-0-` turned into '' (empty). */
export interface LegacyRow<N extends number> {
  /** 1-based line number of the row in its file. */
  line: number;
  fields: Fields<N>;
}

const EMPTY = '-0-';
const CTRL_Z = '\u001a';

/** Cuts the text at a DOS end-of-file character, which OFAC's files sometimes end with. */
function cutAtEofMarker(text: string, file: string, issues: IssueLog): string {
  const at = text.indexOf(CTRL_Z);
  if (at < 0) return text;
  const line = text.slice(0, at).split('\n').length;
  const ignored = text.slice(at + 1).trim().length;
  issues.add({
    code: 'EOF_MARKER',
    file,
    line,
    message: `end-of-file marker (Ctrl-Z) ignored${ignored > 0 ? `, with ${ignored} characters after it` : ''}`,
  });
  return text.slice(0, at);
}

/**
 * Parses a legacy CSV file. Rows with the wrong number of fields, unparseable quoting or an empty field
 * (the format always writes `-0-` for "empty", so an empty field means a damaged or hand-edited row) are
 * reported as MALFORMED_ROW and left out; the rest come back in file order.
 */
export function readLegacyCsv<N extends number>(
  text: string,
  file: string,
  columns: N,
  issues: IssueLog,
): LegacyRow<N>[] {
  const records = parse(cutAtEofMarker(text, file, issues), {
    info: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      const line = typeof error?.lines === 'number' ? error.lines : undefined;
      issues.add({ code: 'MALFORMED_ROW', file, line, message: error?.message ?? 'unparseable' });
    },
  }) as unknown as { record: string[]; info: { lines: number } }[];
  const rows: LegacyRow<N>[] = [];
  for (const { record, info } of records) {
    const line = info.lines;
    if (record.length !== columns) {
      issues.add({
        code: 'MALFORMED_ROW',
        file,
        line,
        message: `${record.length} fields where the format has ${columns}`,
      });
      continue;
    }
    const empty = record.findIndex((field) => field.trim() === '');
    if (empty >= 0) {
      issues.add({
        code: 'MALFORMED_ROW',
        file,
        line,
        message: `field ${empty + 1} is empty where the format writes ${EMPTY}: not an OFAC-written row`,
      });
      continue;
    }
    // The length check above is what makes the tuple type true.
    const fields = record.map((field) => (field.trim() === EMPTY ? '' : field.trim())) as Fields<N>;
    rows.push({ line, fields });
  }
  return rows;
}
