import { worldBatches } from '../seed/synthetic/generate.js';
import { World } from '../seed/synthetic/world.js';
import { validateBatch } from '../server/graph/validate-batch.js';

const scale = (process.argv[2] ?? 'small') as 'small';
const validate = process.argv[3] === 'v';
const t0 = Date.now();
const world = new World(scale, 1);
let ents = 0,
  rels = 0,
  batches = 0;
const kinds: Record<string, number> = {};
const types: Record<string, number> = {};
const ids = new Set<string>();
for (const { batch } of worldBatches(world)) {
  batches++;
  ents += batch.entities?.length ?? 0;
  rels += batch.relationships?.length ?? 0;
  for (const e of batch.entities ?? []) kinds[e.kind] = (kinds[e.kind] ?? 0) + 1;
  for (const r of batch.relationships ?? []) types[r.type] = (types[r.type] ?? 0) + 1;
  if (validate) {
    const b = validateBatch(batch);
    if (scale === 'small') for (const e of b.entities) ids.add(e.id);
  }
}
console.log({ scale, ents, rels, batches, ms: Date.now() - t0, distinct: ids.size });
console.log(kinds, types);
