import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';

const pw = readFileSync('/tmp/seedneo/data/password', 'utf8').trim();
const driver = neo4j.driver('bolt://127.0.0.1:7741', neo4j.auth.basic('neo4j', pw), {
  disableLosslessIntegers: true,
});
const q = process.argv[2] ?? 'MATCH (n) RETURN count(n)';
const t = Date.now();
const r = await driver.executeQuery(q, JSON.parse(process.argv[3] ?? '{}'), { database: 'neo4j' });
console.log(Date.now() - t, 'ms');
for (const rec of r.records) console.log(JSON.stringify(rec.toObject()));
if (r.summary.profile) {
  const walk = (p: any, d = 0) => {
    console.log(
      ' '.repeat(d * 2) + p.operatorType,
      'rows',
      p.rows,
      'dbHits',
      p.dbHits,
      JSON.stringify(p.arguments?.Details ?? ''),
    );
    for (const c of p.children) walk(c, d + 1);
  };
  walk(r.summary.profile);
}
if (r.summary.plan && !r.summary.profile) {
  const walk = (p: any, d = 0) => {
    console.log(' '.repeat(d * 2) + p.operatorType, JSON.stringify(p.arguments?.Details ?? ''));
    for (const c of p.children) walk(c, d + 1);
  };
  walk(r.summary.plan);
}
await driver.close();
