// Loads the synthetic world at a scale into the bench store once: a marker file says it is already there.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
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
  /** Set when the load stopped at its time limit before the world was complete: how far it got. */
  partial?: { cellsDone: number; cellsTotal: number };
}

const SEED = 1;
// Items per write batch of the bench load. Each batch must finish inside the launcher's 60 s transaction
// timeout even on a cold JVM and a shared, busy machine; 5,000 does since upserts take 4 round trips.
const BATCH_ITEMS = 5_000;

// Two write transactions at once once the frame is in: Neo4j runs each on one thread, so one leaves a core idle.
const SEED_CONCURRENCY = Number(process.env.BENCH_SEED_CONCURRENCY ?? 2);

/** Written after every batch of a load in progress, so an interrupted load resumes instead of starting over. */
interface Checkpoint {
  scale: ScaleName;
  seed: number;
  batchItems: number;
  batchesDone: number;
}

function readCheckpoint(file: string, scale: ScaleName): number {
  if (!existsSync(file)) return 0;
  const saved = JSON.parse(readFileSync(file, 'utf8')) as Checkpoint;
  const same = saved.scale === scale && saved.seed === SEED && saved.batchItems === BATCH_ITEMS;
  return same ? saved.batchesDone : 0;
}

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
  /** Stop loading after this many minutes and measure the part loaded (resumed by the next run). */
  maxLoadMinutes = Number.POSITIVE_INFINITY,
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
  const checkpointFile = path.join(storeDir, 'bench-dataset.progress.json');
  const started = Date.now();
  const deadline = started + maxLoadMinutes * 60_000;
  let lastLog = 0;
  let reached = { cellsDone: 0, cellsTotal: 1 };
  for (let attempt = 1; ; attempt++) {
    try {
      await seedSynthetic(db, {
        scale,
        seed: SEED,
        log,
        batchItems: BATCH_ITEMS,
        skipBatches: readCheckpoint(checkpointFile, scale),
        concurrency: SEED_CONCURRENCY,
        shouldStop: () => Date.now() > deadline,
        progress: (p) => {
          reached = { cellsDone: p.cellsDone, cellsTotal: p.cellsTotal };
          const checkpoint: Checkpoint = {
            scale,
            seed: SEED,
            batchItems: BATCH_ITEMS,
            batchesDone: p.batchesDone,
          };
          writeFileSync(checkpointFile, JSON.stringify(checkpoint));
          if (Date.now() - lastLog < 15_000) return;
          lastLog = Date.now();
          const seconds = Math.max(p.elapsedMs / 1000, 0.001);
          const load = loadavg()[0]?.toFixed(1);
          log(
            `dataset: ${p.cellsDone}/${p.cellsTotal} cells (${((100 * p.cellsDone) / p.cellsTotal).toFixed(1)}%), ` +
              `${p.entities} nodes (${Math.round(p.entities / seconds)}/s), ${p.relationships} relationships ` +
              `(${Math.round(p.relationships / seconds)}/s) this run, load ${load}`,
          );
        },
      });
      break;
    } catch (error) {
      // Every write is an idempotent upsert: starting over after a timeout only redoes finished batches.
      const code = String((error as { code?: string }).code ?? '');
      if (!code.includes('TransactionTimedOut') || attempt >= 3) throw error;
      log(`dataset: a batch hit the transaction timeout (attempt ${attempt}); resuming from the checkpoint`);
    }
  }
  const partial = Date.now() > deadline && reached.cellsDone < reached.cellsTotal;
  const info: DatasetInfo = {
    ...(partial ? { partial: reached } : {}),
    scale,
    seed: SEED,
    ...(await countGraph(db)),
    seedSeconds: Math.round((Date.now() - started) / 100) / 10,
    loadedThisRun: true,
  };
  if (partial) {
    log(
      `dataset: stopped at the ${maxLoadMinutes}-minute limit, ${reached.cellsDone}/${reached.cellsTotal} cells`,
    );
    return info;
  }
  // Written last: an interrupted load leaves no marker, so the next run loads again (upserts are idempotent).
  writeFileSync(marker, JSON.stringify(info, null, 2));
  rmSync(checkpointFile, { force: true });
  return info;
}
