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
const it = worldBatches(new World('small', Number(process.argv[2] ?? 3)), 2000);
for (let k = 0; k < 3; k++) {
  const { batch } = it.next().value!;
  const v = validateBatch(batch);
  const tx = session.beginTransaction();
  const timings: string[] = [];
  const time = async (label: string, q: string, p: any) => {
    const t = Date.now();
    const r = await tx.run(q, p);
    timings.push(`${label}:${Date.now() - t}`);
    return r;
  };
  const ids = [...new Set(v.entities.map((e) => e.id))];
  await time(
    'lock',
    `UNWIND $ids AS id MERGE (n:Entity {id: id}) ON CREATE SET n.__pending = true ON MATCH SET n.__lock = true WITH id, n, n.__pending AS pending REMOVE n.__lock RETURN id, CASE WHEN pending THEN null ELSE properties(n) END AS props`,
    { ids },
  );
  const byKind = new Map<string, any[]>();
  for (const e of v.entities) {
    (byKind.get(e.kind) ?? byKind.set(e.kind, []).get(e.kind)!).push({
      id: e.id,
      props: { ...e.properties, id: e.id, kind: e.kind },
    });
  }
  for (const [kind, rows] of byKind)
    await time(
      'ent ' + kind + ' ' + rows.length,
      `UNWIND $rows AS row MATCH (n:Entity {id: row.id}) SET n:${kind} SET n = row.props`,
      { rows },
    );
  const rels = v.relationships.map((r) => ({ id: r.id, from: r.from.id, to: r.to.id }));
  await time(
    'readrels',
    `UNWIND $rels AS r OPTIONAL MATCH (a:Entity {id: r.from}) OPTIONAL MATCH (b:Entity {id: r.to}) OPTIONAL MATCH (a)-[x {id: r.id}]->(b) RETURN r.id AS id, a IS NOT NULL AS hasFrom, b IS NOT NULL AS hasTo, properties(x) AS props`,
    { rels },
  );
  const byType = new Map<string, any[]>();
  for (const r of v.relationships)
    (byType.get(r.type) ?? byType.set(r.type, []).get(r.type)!).push({
      id: r.id,
      from: r.from.id,
      to: r.to.id,
      props: { ...r.properties, id: r.id },
    });
  for (const [type, rows] of byType)
    await time(
      'rel ' + type + ' ' + rows.length,
      `UNWIND $rows AS r MATCH (a:Entity {id: r.from}) MATCH (b:Entity {id: r.to}) MERGE (a)-[x:${type} {id: r.id}]->(b) SET x = r.props`,
      { rows },
    );
  const t = Date.now();
  await (process.argv[3] === 'commit' ? tx.commit() : tx.rollback());
  console.log(timings.join(' '));
  console.log('end', Date.now() - t);
}
await session.close();
await driver.close();
