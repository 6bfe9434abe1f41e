// Loads a synthetic world of a given scale and seed, streamed in batches, and reports its speed.
import { entityId } from '../model/keys.js';
import type { GraphDb } from '../server/runtime/graph-db.js';
import { ANCHOR_FRONT_COMPANIES } from './public-facts/index.js';
import { type SeedLog, seedPublicFacts } from './seed-public-facts.js';
import { cellCount, DEFAULT_BATCH_ITEMS, worldBatches } from './synthetic/generate.js';
import type { ScaleName } from './synthetic/scales.js';
import { World } from './synthetic/world.js';
import { perSecond, type WriteTotals, writeBatches } from './write-batches.js';

export const SYNTHETIC_ORIGIN = 'seed:synthetic';

export interface SeedProgress {
  cellsDone: number;
  cellsTotal: number;
  entities: number;
  relationships: number;
  elapsedMs: number;
  /** Batches written so far, counting the ones skipped by `skipBatches`: a checkpoint to resume from. */
  batchesDone: number;
}

export interface SyntheticOptions {
  /** Defaults to `small`. */
  scale?: ScaleName;
  /** Defaults to 1. */
  seed?: number;
  log?: SeedLog;
  /** Called after every written batch. */
  progress?: (p: SeedProgress) => void;
  /** Items per write batch. Defaults to DEFAULT_BATCH_ITEMS (5,000). */
  batchItems?: number;
  /**
   * Batches already written by an earlier, interrupted run with the same scale, seed and batchItems: they are
   * generated again (the stream is deterministic) but neither validated nor written. Defaults to 0.
   */
  skipBatches?: number;
  /** Checked before each batch: true stops the load there (what is written stays; a resume continues). */
  shouldStop?: () => boolean;
  /** Write transactions in flight at once once the frame is written. Defaults to 1. */
  concurrency?: number;
}

// The world hangs off the real front companies; without them every worker link would be refused.
async function ensureAnchors(db: GraphDb, log: SeedLog): Promise<void> {
  const ids = ANCHOR_FRONT_COMPANIES.map((name) => entityId('FrontCompany', { name }));
  const result = await db.read('MATCH (n:FrontCompany) WHERE n.id IN $ids RETURN count(n) AS found', { ids });
  if (Number(result.records[0]?.get('found')) < ids.length) {
    log('synthetic: loading the public facts first (the world attaches to their front companies)');
    await seedPublicFacts(db, log);
  }
}

/** The shared frame's cells: the source, front companies, exchanges, farms and employers. */
function frameCells(world: World): number {
  const { plan } = world;
  return 1 + world.frontCompanyCount + plan.exchanges + plan.farms + plan.employers;
}

function* until<T>(items: Iterable<T>, stop: (() => boolean) | undefined): Generator<T> {
  for (const item of items) {
    if (stop?.()) return;
    yield item;
  }
}

function* skipFirst<T>(items: Iterable<T>, count: number): Generator<T> {
  let index = 0;
  for (const item of items) if (index++ >= count) yield item;
}

export async function seedSynthetic(db: GraphDb, options: SyntheticOptions = {}): Promise<WriteTotals> {
  const scale = options.scale ?? 'small';
  const seed = options.seed ?? 1;
  const log = options.log ?? (() => {});
  await ensureAnchors(db, log);
  const world = new World(scale, seed);
  const cellsTotal = cellCount(world);
  const skip = options.skipBatches ?? 0;
  const frame = frameCells(world);
  let cellsBefore = 0;
  if (skip > 0) log(`synthetic ${scale} (seed ${seed}): resuming after batch ${skip}`);
  const totals = await writeBatches(
    db,
    until(
      skipFirst(worldBatches(world, options.batchItems ?? DEFAULT_BATCH_ITEMS), skip),
      options.shouldStop,
    ),
    { origin: SYNTHETIC_ORIGIN },
    (t, item) =>
      options.progress?.({
        cellsDone: item.cellsDone,
        cellsTotal,
        entities: t.entities,
        relationships: t.relationships,
        elapsedMs: t.elapsedMs,
        batchesDone: skip + t.batchesInOrder,
      }),
    {
      concurrency: options.concurrency ?? 1,
      // Worker and noise cells link to the frame (front companies, farms, employers, exchanges), never to
      // each other: once the frame is written their batches can run side by side.
      barrier: (item) => {
        const holdsFrame = cellsBefore < frame;
        cellsBefore = item.cellsDone;
        return holdsFrame;
      },
    },
  );
  log(
    `synthetic ${scale} (seed ${seed}): ${totals.entities.toLocaleString('en-US')} nodes and ` +
      `${totals.relationships.toLocaleString('en-US')} relationships in ${(totals.elapsedMs / 1000).toFixed(1)} s: ` +
      `${perSecond(totals.entities, totals.elapsedMs)} nodes/s, ${perSecond(totals.relationships, totals.elapsedMs)} relationships/s`,
  );
  return totals;
}
