// Imports a CSV file with a declarative mapping: each row yields entities and links; bad rows are
// reported with their line and skipped; the rest goes through the one write path.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { badInput } from '../../server/errors/threadline-error.js';
import type { GraphDb } from '../../server/runtime/graph-db.js';
import { CheckedPool } from '../jsonl/checked-pool.js';
import type { ImportReport } from '../jsonl/import-report.js';
import { writePool } from '../jsonl/write-pool.js';
import { IssueLog } from '../shared/issues.js';
import { type Progress, SILENT_PROGRESS } from '../shared/progress.js';
import { mapRow, type Row } from './map-row.js';
import type { CsvMapping } from './mapping.js';

export const CSV_ORIGIN = 'import:csv';

/** Maps every row without touching the graph. */
export async function planCsv(file: string, mapping: CsvMapping) {
  const name = path.basename(file);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw badInput(`cannot read "${file}": no such file`);
  }
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, csv-parse returns { record, info } per row; its types do not follow the option.
    rows = parse(text, {
      delimiter: mapping.csv.delimiter,
      quote: mapping.csv.quote,
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof rows;
  } catch (error) {
    throw badInput(`${name}: not CSV: ${(error as Error).message}`);
  }
  const [header, ...body] = rows;
  if (!header) throw badInput(`${name}: empty file, no header row`);
  const columns = header.record.map((c) => c.trim());
  const issues = new IssueLog();
  const pool = new CheckedPool(issues);
  let skipped = 0;
  for (const { record, info } of body) {
    const at = { file: name, line: info.lines };
    if (record.length !== columns.length) {
      issues.add({
        ...at,
        code: 'MALFORMED_ROW',
        message: `${record.length} fields; the header has ${columns.length}`,
      });
      skipped += 1;
      continue;
    }
    const before = issues.issues.length;
    const row: Row = Object.fromEntries(columns.map((c, i) => [c, record[i]]));
    mapRow(mapping, row, pool, at);
    if (issues.issues.length > before) skipped += 1;
  }
  return { name, pool, issues, records: body.length, skipped };
}

export async function importCsv(
  db: GraphDb,
  file: string,
  mapping: CsvMapping,
  options: { progress?: Progress; batchSize?: number } = {},
): Promise<ImportReport> {
  const plan = await planCsv(file, mapping);
  const writes = await writePool(
    db,
    plan.pool,
    { origin: mapping.origin ?? CSV_ORIGIN },
    {
      label: `CSV ${plan.name}`,
      progress: options.progress ?? SILENT_PROGRESS,
      batchSize: options.batchSize,
    },
  );
  return {
    format: 'csv',
    file,
    records: plan.records,
    skipped: plan.skipped,
    skippedSchemata: {},
    writes,
    issues: plan.issues.issues,
    entityIds: [...plan.pool.pool.entities.keys()],
  };
}
