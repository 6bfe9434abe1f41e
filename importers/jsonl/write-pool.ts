// Writes a checked pool through the one write path (entities first, then links) with a progress bar.
import type { WriteContext } from '../../server/graph/batch-types.js';
import type { GraphDb } from '../../server/runtime/graph-db.js';
import type { Progress } from '../shared/progress.js';
import { type FileWrites, WriteLog, writeEntities, writeRelationships } from '../shared/write-items.js';
import type { CheckedPool } from './checked-pool.js';

/** Items per write transaction. Defaults to 2,500 (the write path refuses more than 10,000). */
export const DEFAULT_BATCH_SIZE = 2_500;

export async function writePool(
  db: GraphDb,
  checked: CheckedPool,
  context: WriteContext,
  options: { label: string; progress: Progress; batchSize?: number },
): Promise<FileWrites> {
  const entities = [...checked.pool.entities.values()];
  const relationships = [...checked.pool.relationships.values()];
  const log = new WriteLog();
  const session = db.session('WRITE');
  options.progress.start(options.label, entities.length + relationships.length);
  try {
    const write = { batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE, log, progress: options.progress };
    // Entities before relationships: a link may join entities written in different batches.
    await writeEntities(session, entities, context, write);
    await writeRelationships(session, relationships, context, write);
  } finally {
    options.progress.stop();
    await session.close();
  }
  return total(log);
}

function total(log: WriteLog): FileWrites {
  const sum = new WriteLog().of('all');
  for (const writes of log.byFile.values()) {
    for (const status of ['created', 'updated', 'unchanged'] as const) {
      sum.entities[status] += writes.entities[status];
      sum.relationships[status] += writes.relationships[status];
    }
  }
  return sum;
}
