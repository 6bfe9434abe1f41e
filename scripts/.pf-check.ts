import { publicFactsBatch } from '/work/main/seed/public-facts/index.js';
import { validateBatch } from '/work/main/server/graph/validate-batch.js';

const raw = publicFactsBatch();
const b = validateBatch(raw);
const ids = new Set(b.entities.map((e) => e.id));
console.log('entities', b.entities.length, 'distinct', ids.size, 'rels', b.relationships.length);
const missing = b.relationships.filter((r) => !ids.has(r.from.id) || !ids.has(r.to.id));
console.log(
  'dangling',
  missing.map((r) => r.type + ' ' + JSON.stringify(r)),
);
const counts: Record<string, number> = {};
for (const e of b.entities) counts[e.kind] = (counts[e.kind] ?? 0) + 1;
console.log(counts);
