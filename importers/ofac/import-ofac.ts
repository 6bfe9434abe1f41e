// Imports one OFAC SDN snapshot folder into the graph: read, compare with the graph, write, report.
import { entityId } from '../../model/keys.js';
import type { WriteContext } from '../../server/graph/batch-types.js';
import type { GraphDb } from '../../server/runtime/graph-db.js';
import type { ImportIssue } from '../shared/issues.js';
import { type Progress, SILENT_PROGRESS } from '../shared/progress.js';
import { keepStoredSpellings } from '../shared/stored-spellings.js';
import { type FileWrites, WriteLog, writeEntities, writeRelationships } from '../shared/write-items.js';
import { buildPlan } from './build-plan.js';
import { readListState } from './list-state.js';
import { DELISTINGS } from './plan-delistings.js';
import { type FileRead, readSnapshot, type Snapshot } from './read-snapshot.js';
import { ORIGIN, snapshotSource } from './source.js';

export interface ImportOptions {
  /** The list's date when the folder name does not say it (`YYYY-MM` or `YYYY-MM-DD`). */
  asOf?: string;
  /** Items per write transaction. Defaults to 2,500. */
  batchSize?: number;
  progress?: Progress;
}

export interface ImportReport {
  folder: string;
  date: string;
  sourceId: string;
  /** False: a newer snapshot was imported before, so this one changed no status. */
  newest: boolean;
  entries: number;
  delisted: number;
  placeOnlyAddresses: number;
  files: FileRead[];
  /** Per input file (and `source`, `delistings`): what the writes did. */
  writes: Map<string, FileWrites>;
  issues: ImportIssue[];
  /** Milliseconds per phase. */
  timings: { read: number; plan: number; write: number; total: number };
}

export const DEFAULT_BATCH_SIZE = 2_500;

export async function importOfacFolder(
  db: GraphDb,
  folder: string,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const started = performance.now();
  const snapshot = await readSnapshot(folder, options.asOf);
  return importOfacSnapshot(db, snapshot, { ...options, readMs: performance.now() - started });
}

/** The write half, for callers that read (and check) the folder before they connect. */
export async function importOfacSnapshot(
  db: GraphDb,
  snapshot: Snapshot,
  options: ImportOptions & { readMs?: number } = {},
): Promise<ImportReport> {
  const read = performance.now();
  const started = read - (options.readMs ?? 0);
  const progress = options.progress ?? SILENT_PROGRESS;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const plan = buildPlan(snapshot, await readListState(db));
  await keepStoredSpellings(db, plan.pool.entities.values());
  const planned = performance.now();

  const source = snapshotSource(snapshot.date);
  const sourceId = entityId('Source', source);
  const entities = [...plan.pool.entities.values()];
  const relationships = [...plan.pool.relationships.values()];
  const log = new WriteLog();
  const context: WriteContext = { origin: ORIGIN, defaultSourceIds: [sourceId] };
  const session = db.session('WRITE');
  progress.start(
    `OFAC ${snapshot.date}`,
    1 + entities.length + relationships.length + plan.delistings.length,
  );
  try {
    const write = { batchSize, log, progress };
    await writeEntities(
      session,
      [{ kind: 'Source', id: sourceId, properties: source, file: 'source' }],
      { origin: ORIGIN },
      write,
    );
    // Entities before relationships: a link may join entries that land in different batches.
    await writeEntities(session, entities, context, write);
    await writeRelationships(session, relationships, context, write);
    await writeEntities(session, plan.delistings, context, write);
  } finally {
    progress.stop();
    await session.close();
  }
  const done = performance.now();
  return {
    folder: snapshot.folder,
    date: snapshot.date,
    sourceId,
    newest: plan.newest,
    entries: snapshot.entries.length,
    delisted: log.of(DELISTINGS).entities.updated,
    placeOnlyAddresses: plan.placeOnlyAddresses,
    files: snapshot.files,
    writes: log.byFile,
    issues: snapshot.issues.issues,
    timings: {
      read: Math.round(read - started),
      plan: Math.round(planned - read),
      write: Math.round(done - planned),
      total: Math.round(done - started),
    },
  };
}
