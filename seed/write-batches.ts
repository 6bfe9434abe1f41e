// Feeds raw batches through the one write path (validateBatch, then upsertBatch), one batch ahead.
import type { WriteContext, WriteSummary } from '../server/graph/batch-types.js';
import { upsertBatch } from '../server/graph/upsert.js';
import { type RawBatch, validateBatch } from '../server/graph/validate-batch.js';
import type { GraphDb } from '../server/runtime/graph-db.js';

export interface WriteTotals {
  /** Entities and relationships sent (each generated once), whatever their write status. */
  entities: number;
  relationships: number;
  created: number;
  updated: number;
  unchanged: number;
  batches: number;
  /** Batches written with every batch before them written too: where an interrupted run can resume. */
  batchesInOrder: number;
  elapsedMs: number;
}

export const emptyTotals = (): WriteTotals => ({
  entities: 0,
  relationships: 0,
  created: 0,
  updated: 0,
  unchanged: 0,
  batches: 0,
  batchesInOrder: 0,
  elapsedMs: 0,
});

function add(totals: WriteTotals, batch: RawBatch, summary: WriteSummary): void {
  totals.entities += batch.entities?.length ?? 0;
  totals.relationships += batch.relationships?.length ?? 0;
  for (const counts of [summary.entities, summary.relationships]) {
    totals.created += counts.created;
    totals.updated += counts.updated;
    totals.unchanged += counts.unchanged;
  }
  totals.batches += 1;
}

export interface WriteOptions<T> {
  /**
   * Transactions in flight at once. Defaults to 1. More keep both cores busy (Neo4j runs one transaction on
   * one thread) when the batches do not depend on each other.
   */
  concurrency?: number;
  /**
   * A batch later ones depend on (they link to what it creates): it waits for every batch before it, and
   * every batch after it waits for it. Defaults to none.
   */
  barrier?: (item: T) => boolean;
}

/**
 * Writes every batch, each in its own transaction. Why ahead: the next batch is generated and validated
 * (CPU in Node) while Neo4j writes the current ones, so both cores work. A bad batch stops the run with the
 * validation error before it is written; batches already written stay (each is idempotent).
 */
export async function writeBatches<T extends { batch: RawBatch }>(
  db: GraphDb,
  items: Iterable<T>,
  context: WriteContext,
  onBatch: (totals: WriteTotals, item: T) => void = () => {},
  options: WriteOptions<T> = {},
): Promise<WriteTotals> {
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const totals = emptyTotals();
  const started = Date.now();
  const idle = Array.from({ length: concurrency }, () => db.session('WRITE'));
  const sessions = [...idle];
  const inflight = new Set<Promise<void>>();
  const done = new Set<number>();
  let failure: unknown;
  let index = 0;
  const drain = async () => {
    while (inflight.size > 0) await Promise.race(inflight);
  };
  try {
    for (const item of items) {
      const batch = validateBatch(item.batch);
      const barrier = options.barrier?.(item) ?? false;
      if (barrier) await drain();
      while (inflight.size >= concurrency) await Promise.race(inflight);
      if (failure) break;
      const session = idle.pop() as (typeof idle)[number];
      const position = index++;
      const write: Promise<void> = upsertBatch(session, batch, context)
        .then((summary) => {
          add(totals, item.batch, summary);
          done.add(position);
          while (done.has(totals.batchesInOrder)) done.delete(totals.batchesInOrder++);
          totals.elapsedMs = Date.now() - started;
          onBatch(totals, item);
        })
        .catch((error: unknown) => {
          failure ??= error;
        })
        .finally(() => {
          idle.push(session);
          inflight.delete(write);
        });
      inflight.add(write);
      if (barrier) await drain();
      if (failure) break;
    }
  } finally {
    // A batch that fails validation must not close a session under one still being written.
    await drain();
    await Promise.all(sessions.map((s) => s.close()));
  }
  if (failure) throw failure;
  totals.elapsedMs = Date.now() - started;
  return totals;
}

/** "12,345 nodes/s": a rate over the whole run. */
export function perSecond(count: number, elapsedMs: number): string {
  return `${Math.round(count / Math.max(elapsedMs / 1000, 0.001)).toLocaleString('en-US')}`;
}
