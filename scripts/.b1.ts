import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { worldBatches } from '../seed/synthetic/generate.js';
import { World } from '../seed/synthetic/world.js';
import { upsertBatch } from '../server/graph/upsert.js';
import { validateBatch } from '../server/graph/validate-batch.js';

const pw = readFileSync('/tmp/seedneo/data/password', 'utf8').trim();
const driver = neo4j.driver('bolt://127.0.0.1:7741', neo4j.auth.basic('neo4j', pw), {
  disableLosslessIntegers: true,
});
const session = driver.session({ database: 'neo4j' });
const size = Number(process.argv[2] ?? 500);
let n = 0;
for (const { batch } of worldBatches(new World('small', Number(process.argv[3] ?? 1)), size)) {
  const t0 = Date.now();
  const v = validateBatch(batch);
  const t1 = Date.now();
  const s = await upsertBatch(session, v, { origin: 'seed:synthetic' });
  console.log(
    `batch ${n} ents ${v.entities.length} rels ${v.relationships.length} validate ${t1 - t0}ms upsert ${Date.now() - t1}ms`,
    JSON.stringify(s.entities),
    JSON.stringify(s.relationships),
  );
  if (++n >= Number(process.argv[4] ?? 4)) break;
}
await session.close();
await driver.close();
