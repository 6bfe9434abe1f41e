import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { seedPublicFacts } from '../seed/seed-public-facts.js';
import { seedSynthetic } from '../seed/seed-synthetic.js';
import { GraphDb } from '../server/runtime/graph-db.js';
import { applySchema } from '../server/schema/apply-schema.js';

const pw = readFileSync('/tmp/seedneo/data/password', 'utf8').trim();
const driver = neo4j.driver('bolt://127.0.0.1:7741', neo4j.auth.basic('neo4j', pw), {
  disableLosslessIntegers: true,
});
const db = new GraphDb(driver, 'neo4j');
await applySchema(driver, 'neo4j', console.log);
await seedPublicFacts(db, console.log);
const scale = (process.argv[2] ?? 'small') as 'small';
const seed = Number(process.argv[3] ?? 1);
let last = Date.now();
await seedSynthetic(db, {
  scale,
  seed,
  log: console.log,
  progress: (p) => {
    const now = Date.now();
    if (p.cellsDone === p.cellsTotal || now - last > 10000) {
      console.log(JSON.stringify(p));
      last = now;
    }
  },
});
await db.close();
