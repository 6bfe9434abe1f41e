// Loads the synthetic world at a scale into the bench store once: a marker file says it is already there.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seedSynthetic } from '../seed/seed-synthetic.js';
import type { ScaleName } from '../seed/synthetic/scales.js';
import type { GraphDb } from '../server/runtime/graph-db.js';

export interface DatasetInfo {
  scale: ScaleName;
  seed: number;
  nodes: number;
  relationships: number;
  /** Seconds the load took, when this run loaded it; from the marker otherwise. */
  seedSeconds: number;
  loadedThisRun: boolean;
}

const SEED = 1;

async function countGraph(db: GraphDb): Promise<{ nodes: number; relationships: number }> {
  // Count-store lookups: constant time whatever the size.
  const n = await db.read('MATCH (n) RETURN count(n) AS c');
  const r = await db.read('MATCH ()-[r]->() RETURN count(r) AS c');
  return { nodes: Number(n.records[0]?.get('c')), relationships: Number(r.records[0]?.get('c')) };
}

export async function ensureDataset(
  db: GraphDb,
  storeDir: string,
  scale: ScaleName,
  log: (line: string) => void,
): Promise<DatasetInfo> {
  const marker = path.join(storeDir, 'bench-dataset.json');
  if (existsSync(marker)) {
    const saved = JSON.parse(readFileSync(marker, 'utf8')) as DatasetInfo;
    if (saved.scale === scale && saved.seed === SEED) {
      log(`dataset: ${scale} already loaded (marker ${marker}); skipping the seed`);
      return { ...saved, ...(await countGraph(db)), loadedThisRun: false };
    }
  }
  log(`dataset: loading the synthetic ${scale} world (seed ${SEED})`);
  const started = Date.now();
  let lastLog = 0;
  for (let attempt = 1; ; attempt++) {
    try {
      await seedSynthetic(db, {
        scale,
        seed: SEED,
        log,
        // Smaller than the default 5,000: each batch must finish inside the launcher's 60 s transaction
        // timeout even on a cold JVM and a shared, busy machine.
        batchItems: 2_000,
        progress: (p) => {
          if (Date.now() - lastLog < 15_000) return;
          lastLog = Date.now();
          log(
            `dataset: ${p.cellsDone}/${p.cellsTotal} cells, ${p.entities} nodes, ${p.relationships} relationships`,
          );
        },
      });
      break;
    } catch (error) {
      // Every write is an idempotent upsert: starting over after a timeout only redoes finished batches.
      const code = String((error as { code?: string }).code ?? '');
      if (!code.includes('TransactionTimedOut') || attempt >= 3) throw error;
      log(`dataset: a batch hit the transaction timeout (attempt ${attempt}); loading again`);
    }
  }
  const info: DatasetInfo = {
    scale,
    seed: SEED,
    ...(await countGraph(db)),
    seedSeconds: Math.round((Date.now() - started) / 100) / 10,
    loadedThisRun: true,
  };
  // Written last: an interrupted load leaves no marker, so the next run loads again (upserts are idempotent).
  writeFileSync(marker, JSON.stringify(info, null, 2));
  return info;
}
