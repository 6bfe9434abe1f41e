// The synthetic world as a stream: the frame first, then worker and noise cells interleaved, in batches.
import type { RawBatch } from '../../server/graph/validate-batch.js';
import type { CellWriter } from './cell-writer.js';
import { employerCell, exchangeCell, farmCell, frontCell, sourceCell } from './global-cells.js';
import { noiseCell } from './noise-cell.js';
import type { ScaleName } from './scales.js';
import { workerCell } from './worker-cell.js';
import { World } from './world.js';

/** Items per write batch: large enough to amortise a transaction, far below the 10,000-item limit. */
export const DEFAULT_BATCH_ITEMS = 5_000;

export function cellCount(world: World): number {
  const { plan } = world;
  return (
    1 + world.frontCompanyCount + plan.exchanges + plan.farms + plan.employers + plan.workers + plan.noise
  );
}

/** Every cell in write order; a cell only refers to itself and to cells before it. */
export function* worldCells(world: World): Generator<CellWriter> {
  const { plan } = world;
  yield sourceCell(world);
  for (let i = 0; i < world.frontCompanyCount; i++) yield frontCell(world, i);
  for (let i = 0; i < plan.exchanges; i++) yield exchangeCell(world, i);
  for (let i = 0; i < plan.farms; i++) yield farmCell(world, i);
  for (let i = 0; i < plan.employers; i++) yield employerCell(world, i);
  // Noise between workers, so that no batch is all suspects and clusters mix in time.
  let noise = 0;
  for (let w = 0; w < plan.workers; w++) {
    yield workerCell(world, w);
    while (noise < plan.noise && noise * plan.workers < (w + 1) * plan.noise) yield noiseCell(world, noise++);
  }
  while (noise < plan.noise) yield noiseCell(world, noise++);
}

export interface GeneratedBatch {
  batch: RawBatch;
  /** Cells generated so far, for progress. */
  cellsDone: number;
}

/** Whole cells grouped into batches of about `size` items; nothing beyond one batch is held in memory. */
export function* worldBatches(world: World, size = DEFAULT_BATCH_ITEMS): Generator<GeneratedBatch> {
  let batch: Required<RawBatch> = { entities: [], relationships: [] };
  let items = 0;
  let cellsDone = 0;
  for (const cell of worldCells(world)) {
    batch.entities.push(...cell.entities);
    batch.relationships.push(...cell.relationships);
    items += cell.size;
    cellsDone += 1;
    if (items >= size) {
      yield { batch, cellsDone };
      batch = { entities: [], relationships: [] };
      items = 0;
    }
  }
  if (items > 0) yield { batch, cellsDone };
}

export function createWorld(scale: ScaleName, seed: number): World {
  return new World(scale, seed);
}
