// Imports a Threadline JSON Lines entity export through the one write path: idempotent, origins kept.
import path from 'node:path';
import type { GraphDb } from '../../server/runtime/graph-db.js';
import { IssueLog } from '../shared/issues.js';
import { type Progress, SILENT_PROGRESS } from '../shared/progress.js';
import type { ImportReport } from './import-report.js';
import { readJsonlRecords } from './jsonl-records.js';
import { readLines } from './read-lines.js';
import { writeCarried } from './write-carried.js';
import { DEFAULT_BATCH_SIZE } from './write-pool.js';

export async function importJsonl(
  db: GraphDb,
  file: string,
  options: { progress?: Progress; batchSize?: number } = {},
): Promise<ImportReport> {
  const issues = new IssueLog();
  // The whole file is read and checked first: a file that is not ours fails before anything is written.
  const read = readJsonlRecords(await readLines(file), path.basename(file), issues);
  const writes = await writeCarried(db, read.entities, read.relationships, {
    label: `JSON Lines ${path.basename(file)}`,
    progress: options.progress ?? SILENT_PROGRESS,
    batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
  });
  return {
    format: 'jsonl',
    file,
    records: read.records,
    skipped: read.skipped,
    skippedSchemata: {},
    writes,
    issues: issues.issues,
    entityIds: read.entities.map((e) => e.record.id),
  };
}
