import { worldBatches } from '../seed/synthetic/generate.js';
import { World } from '../seed/synthetic/world.js';
import { validateBatch } from '../server/graph/validate-batch.js';

const world = new World('medium', 1);
let n = 0;
const t0 = Date.now();
let tv = 0;
for (const { batch } of worldBatches(world)) {
  const t = Date.now();
  validateBatch(batch);
  tv += Date.now() - t;
  if (++n >= 20) break;
}
console.log('batches', n, 'ms', Date.now() - t0, 'validate ms', tv);
