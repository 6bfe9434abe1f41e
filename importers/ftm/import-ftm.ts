// Imports FollowTheMoney JSON lines: things first (pass one), then the references and intervals that
// join them, resolved within the file (pass two). Unknown schemata are counted and skipped.
import path from 'node:path';
import type { GraphDb } from '../../server/runtime/graph-db.js';
import { type At, CheckedPool, type Ref } from '../jsonl/checked-pool.js';
import type { ImportReport } from '../jsonl/import-report.js';
import { readLines } from '../jsonl/read-lines.js';
import { writePool } from '../jsonl/write-pool.js';
import { IssueLog } from '../shared/issues.js';
import { type Progress, SILENT_PROGRESS } from '../shared/progress.js';
import { type FtmEntity, parseFtmLine } from './ftm-entity.js';
import { linkInterval, linkThing } from './map-links.js';
import { mapThing } from './map-things.js';
import { FTM_ORIGIN, INTERVALS } from './schemata.js';

export interface FtmImportOptions {
  progress?: Progress;
  batchSize?: number;
}

interface Placed {
  entity: FtmEntity;
  at: At;
  ref?: Ref;
}

/** Reads and maps the file without touching the graph: the plan a write (or a dry run) uses. */
export async function planFtm(file: string) {
  const name = path.basename(file);
  const issues = new IssueLog();
  const pool = new CheckedPool(issues);
  const skippedSchemata: Record<string, number> = {};
  const placed: Placed[] = [];
  const lines = await readLines(file);
  let skipped = 0;
  for (const { line, text } of lines) {
    const parsed = parseFtmLine(text);
    const at = { file: name, line };
    if (typeof parsed === 'string') {
      issues.add({ ...at, code: 'MALFORMED_ROW', message: parsed });
      skipped += 1;
    } else if (!mapThing(parsed) && !INTERVALS[parsed.schema]) {
      skippedSchemata[parsed.schema] = (skippedSchemata[parsed.schema] ?? 0) + 1;
      skipped += 1;
    } else {
      placed.push({ entity: parsed, at });
    }
  }
  const byFtmId = new Map<string, Ref>();
  for (const item of placed) {
    const thing = mapThing(item.entity);
    if (!thing) continue;
    item.ref = pool.entity(thing.kind, thing.properties, item.at);
    if (item.ref) byFtmId.set(item.entity.id, item.ref);
    else skipped += 1;
  }
  const resolve = (ftmId: string, at: At, property: string): Ref | undefined => {
    const ref = byFtmId.get(ftmId);
    if (!ref)
      issues.add({ ...at, code: 'ORPHAN_LINK', message: `${property}: no entity "${ftmId}" in the file` });
    return ref;
  };
  for (const item of placed) {
    if (item.ref) linkThing(item.entity, item.ref, pool, resolve, item.at);
    else if (INTERVALS[item.entity.schema]) linkInterval(item.entity, pool, resolve, item.at);
  }
  return { name, pool, issues, skippedSchemata, records: lines.length, skipped };
}

export async function importFtm(
  db: GraphDb,
  file: string,
  options: FtmImportOptions = {},
): Promise<ImportReport> {
  const plan = await planFtm(file);
  const writes = await writePool(
    db,
    plan.pool,
    { origin: FTM_ORIGIN },
    {
      label: `FtM ${plan.name}`,
      progress: options.progress ?? SILENT_PROGRESS,
      batchSize: options.batchSize,
    },
  );
  return {
    format: 'ftm',
    file,
    records: plan.records,
    skipped: plan.skipped,
    skippedSchemata: plan.skippedSchemata,
    writes,
    issues: plan.issues.issues,
    entityIds: [...plan.pool.pool.entities.keys()],
  };
}
