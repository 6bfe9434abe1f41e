// Loads the public-facts dataset: one idempotent batch with origin `seed:public-facts`.
import type { GraphDb } from '../server/runtime/graph-db.js';
import { PUBLIC_FACTS_ORIGIN, publicFactsBatch } from './public-facts/index.js';
import { type WriteTotals, writeBatches } from './write-batches.js';

export type SeedLog = (line: string) => void;

export async function seedPublicFacts(db: GraphDb, log: SeedLog = () => {}): Promise<WriteTotals> {
  const batch = publicFactsBatch();
  const totals = await writeBatches(db, [{ batch }], { origin: PUBLIC_FACTS_ORIGIN });
  log(
    `public facts: ${totals.entities} entities and ${totals.relationships} relationships ` +
      `(${totals.created} created, ${totals.updated} updated, ${totals.unchanged} unchanged)`,
  );
  return totals;
}
