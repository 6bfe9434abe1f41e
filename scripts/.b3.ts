import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { worldBatches } from '../seed/synthetic/generate.js';
import { World } from '../seed/synthetic/world.js';
import { validateBatch } from '../server/graph/validate-batch.js';

const pw = readFileSync('/tmp/seedneo/data/password', 'utf8').trim();
const driver = neo4j.driver('bolt://127.0.0.1:7741', neo4j.auth.basic('neo4j', pw), {
  disableLosslessIntegers: true,
});
const session = driver.session({ database: 'neo4j' });
const { batch } = worldBatches(new World('small', 5), 5000).next().value!;
const v = validateBatch(batch);
const rows = v.relationships
  .filter((r) => r.type === (process.argv[2] ?? 'PAID'))
  .map((r) => ({ id: r.id, from: r.from.id, to: r.to.id, props: { ...r.properties, id: r.id } }));
const tx = session.beginTransaction();
const show = (p: any, d = 0) => {
  console.log(
    ' '.repeat(d * 2) + p.operatorType,
    'rows',
    p.rows,
    'dbHits',
    p.dbHits,
    'ms',
    Math.round((p.time ?? 0) / 1e6),
    String(p.arguments?.Details ?? '').slice(0, 100),
  );
  for (const c of p.children) show(c, d + 1);
};
for (const q of [
  `PROFILE UNWIND $rels AS r OPTIONAL MATCH (a:Entity {id: r.from}) OPTIONAL MATCH (b:Entity {id: r.to}) OPTIONAL MATCH (a)-[x {id: r.id}]->(b) RETURN r.id AS id, a IS NOT NULL AS hasFrom, b IS NOT NULL AS hasTo, properties(x) AS props`,
  `PROFILE UNWIND $rows AS r MATCH (a:Entity {id: r.from}) MATCH (b:Entity {id: r.to}) MERGE (a)-[x:${process.argv[2] ?? 'PAID'} {id: r.id}]->(b) SET x = r.props`,
]) {
  const t = Date.now();
  const res = await tx.run(q, { rows, rels: rows });
  console.log('---', Date.now() - t, 'ms', rows.length, 'rows');
  show(res.summary.profile);
}
await tx.rollback();
await session.close();
await driver.close();
