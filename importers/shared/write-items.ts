// Writes pooled items through the one write path (validateBatch → upsertBatch), batch by batch, per file.
import type { Session } from 'neo4j-driver';
import type { WriteContext, WriteStatus } from '../../server/graph/batch-types.js';
import { upsertBatch } from '../../server/graph/upsert.js';
import { validateBatch } from '../../server/graph/validate-batch.js';
import { chunk } from './chunk.js';
import type { PooledEntity, PooledRelationship } from './item-pool.js';
import type { Progress } from './progress.js';

export type Tally = Record<WriteStatus, number>;

/** What the writes of one input file did to the graph. */
export interface FileWrites {
  entities: Tally;
  relationships: Tally;
}

export const emptyTally = (): Tally => ({ created: 0, updated: 0, unchanged: 0 });

export class WriteLog {
  readonly byFile = new Map<string, FileWrites>();

  of(file: string): FileWrites {
    let writes = this.byFile.get(file);
    if (!writes) {
      writes = { entities: emptyTally(), relationships: emptyTally() };
      this.byFile.set(file, writes);
    }
    return writes;
  }
}

function add(into: Tally, from: Tally): void {
  for (const status of ['created', 'updated', 'unchanged'] as const) into[status] += from[status];
}

/** Each batch is one transaction: all or nothing, and idempotent, so a rerun completes a broken import. */
export async function writeEntities(
  session: Session,
  items: readonly PooledEntity[],
  context: WriteContext,
  options: { batchSize: number; log: WriteLog; progress: Progress },
): Promise<void> {
  for (const batch of chunk(items, options.batchSize)) {
    const valid = validateBatch({ entities: batch.map(({ kind, properties }) => ({ kind, properties })) });
    const summary = await upsertBatch(session, valid, context);
    // Counted per item from the per-entity status, so a batch mixing files credits each its own.
    for (const item of batch) {
      const status = summary.entityStatus.get(summary.survivors.get(item.id) ?? item.id);
      if (status) options.log.of(item.file).entities[status] += 1;
    }
    options.progress.advance(batch.length);
  }
}

export async function writeRelationships(
  session: Session,
  items: readonly PooledRelationship[],
  context: WriteContext,
  options: { batchSize: number; log: WriteLog; progress: Progress },
): Promise<void> {
  const byFile = new Map<string, PooledRelationship[]>();
  for (const item of items) {
    const group = byFile.get(item.file);
    if (group) group.push(item);
    else byFile.set(item.file, [item]);
  }
  for (const [file, fileItems] of byFile) {
    for (const batch of chunk(fileItems, options.batchSize)) {
      const valid = validateBatch({
        relationships: batch.map(({ type, from, to, properties }) => ({ type, from, to, properties })),
      });
      const summary = await upsertBatch(session, valid, context);
      add(options.log.of(file).relationships, summary.relationships);
      options.progress.advance(batch.length);
    }
  }
}
