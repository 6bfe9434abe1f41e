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
  elapsedMs: number;
}

export const emptyTotals = (): WriteTotals => ({
  entities: 0,
  relationships: 0,
  created: 0,
  updated: 0,
  unchanged: 0,
  batches: 0,
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

/**
 * Writes every batch, each in its own transaction. Why one ahead: the next batch is generated and
 * validated (CPU in Node) while Neo4j writes the current one, so both cores work. A bad batch stops the
 * run with the validation error before it is written; batches already written stay (each is idempotent).
 */
export async function writeBatches<T extends { batch: RawBatch }>(
  db: GraphDb,
  items: Iterable<T>,
  context: WriteContext,
  onBatch: (totals: WriteTotals, item: T) => void = () => {},
): Promise<WriteTotals> {
  const totals = emptyTotals();
  const started = Date.now();
  const session = db.session('WRITE');
  let inflight: Promise<void> = Promise.resolve();
  try {
    for (const item of items) {
      const batch = validateBatch(item.batch);
      await inflight;
      inflight = upsertBatch(session, batch, context).then((summary) => {
        add(totals, item.batch, summary);
        totals.elapsedMs = Date.now() - started;
        onBatch(totals, item);
      });
      // Awaited on the next turn; this only keeps an early failure from counting as unhandled meanwhile.
      inflight.catch(() => {});
    }
    await inflight;
  } catch (error) {
    // A batch that fails validation must not close the session under the one still being written.
    await inflight.catch(() => {});
    throw error;
  } finally {
    await session.close();
  }
  totals.elapsedMs = Date.now() - started;
  return totals;
}

/** "12,345 nodes/s": a rate over the whole run. */
export function perSecond(count: number, elapsedMs: number): string {
  return `${Math.round(count / Math.max(elapsedMs / 1000, 0.001)).toLocaleString('en-US')}`;
}
