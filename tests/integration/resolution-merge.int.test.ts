// mergeEntities and unmergeEntity: links move onto the survivor, and unmerge restores the graph exactly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relationshipId } from '../../model/keys.js';
import { mergeEntities } from '../../server/resolution/merge-entities.js';
import { unmergeEntity } from '../../server/resolution/unmerge-entity.js';
import type { GraphDb } from '../../server/runtime/graph-db.js';
import { errorCode, fixtureTag, fixtureWorld, type Ref, writeFixture } from '../support/fixture-world.js';
import { openTestGraphDb } from '../support/graph-db.js';

const tag = fixtureTag();
const { entities, relationships, add, link } = fixtureWorld();

const w1 = add('Worker', { name: `Pak Il ${tag}`, aliases: ['P. Il'], nationality: 'KP' });
const w2 = add('Worker', {
  name: `Park Il ${tag}`,
  aliases: ['Il Park'],
  birthDate: '1988-08-08',
  grade: 'confirmed',
});
const w3 = add('Worker', { name: `Bak Il ${tag}`, role: 'developer' });
const wa = add('Wallet', { network: 'ethereum', address: `0xaa${tag}` });
const wb = add('Wallet', { network: 'ethereum', address: `0xbb${tag}` });
const phone = add('PhoneNumber', { number: `+7900${parseInt(tag, 16) % 10_000_000}` });
const persona = add('Identity', { name: `Merge Persona ${tag}`, birthDate: '1990-09-09' });
const company = add('FrontCompany', { name: `Merge Co ${tag}` });
const spare = [1, 2, 3].map((i) => add('Worker', { name: `Spare ${i} ${tag}` }));
link('CONTROLS', w1, wa, { from: '2020' });
link('CONTROLS', w2, wa, { from: '2021', grade: 'confirmed' });
link('HAS_PHONE', w2, phone);
link('USES', w3, persona);
link('EMPLOYED_BY', w2, company, { role: 'developer' });
link('EMPLOYED_BY', w3, company, { confidence: 0.5 });
link('LINKED_TO', w2, w3, { nature: 'same team' });
link('LINKED_TO', w1, w2);
link('CONTROLS', w3, wb);
link('TRANSFERRED_TO', wb, wa, { amount: 2, asset: 'ETH', at: '2022-02-02T00:00:00Z', amountUsd: 5000 });
for (const s of spare) link('EMPLOYED_BY', s, company);

const involved = [w1, w2, w3, wa, wb, phone, persona, company, ...spare].map((n) => n.id);

// Everything about the involved nodes and every link touching them, with Neo4j's own value types.
const SNAPSHOT_NODES = `
MATCH (n:Entity) WHERE n.id IN $ids
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, [k IN keys(n) | k + ':' + valueType(n[k])] AS types
ORDER BY id`;
const SNAPSHOT_LINKS = `
MATCH (n:Entity)-[r]-(m) WHERE n.id IN $ids
WITH DISTINCT r
RETURN r.id AS id, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, properties(r) AS props,
  [k IN keys(r) | k + ':' + valueType(r[k])] AS types
ORDER BY id, from, to`;

let db: GraphDb;

async function snapshot() {
  const nodes = await db.read(SNAPSHOT_NODES, { ids: involved });
  const links = await db.read(SNAPSHOT_LINKS, { ids: involved });
  const sorted = (r: { toObject(): Record<string, unknown> }) => {
    const o = r.toObject();
    return {
      ...o,
      labels: o.labels && [...(o.labels as string[])].sort(),
      types: [...(o.types as string[])].sort(),
    };
  };
  return { nodes: nodes.records.map(sorted), links: links.records.map(sorted) };
}

const linksOf = async (id: string) =>
  (
    await db.read('MATCH (n:Entity {id: $id})-[r]-(m) RETURN type(r) AS type, r.id AS rid, m.id AS other', {
      id,
    })
  ).records.map((r) => r.toObject());

beforeAll(async () => {
  db = await openTestGraphDb();
  await writeFixture(db, { entities, relationships }, 'test:resolution');
  // Integers (the driver sends JS numbers as floats) must survive the round trip through the record.
  await db.write('MATCH (n:Entity {id: $id}) SET n.legacyScore = 7, n.legacyList = [1, 2]', { id: w2.id });
  await db.write('MATCH (:Entity {id: $id})-[r:HAS_PHONE]->() SET r.hits = 3', { id: w2.id });
});

afterAll(() => db.close());

describe('mergeEntities then unmergeEntity', () => {
  it('moves every link onto the survivor, then restores the original graph exactly', async () => {
    const before = await snapshot();
    const merged = await mergeEntities(db, {
      ids: [w1.id, w2.id, w3.id],
      reason: 'one person',
      by: 'tester',
    });
    expect(merged.survivorId).toBe(w1.id);
    expect(merged.mergedIds).toEqual([w2.id, w3.id]);

    const links = await linksOf(w1.id);
    const types = links.map((l) => `${l.type}>${l.other}`).sort();
    expect(types).toEqual(
      [
        `CONTROLS>${wa.id}`,
        `CONTROLS>${wb.id}`,
        `EMPLOYED_BY>${company.id}`,
        `HAS_PHONE>${phone.id}`,
        `USES>${persona.id}`,
      ].sort(),
    );
    // New ids are the ones an upsert of the same fact derives.
    expect(links.find((l) => l.type === 'HAS_PHONE')?.rid).toBe(
      relationshipId('HAS_PHONE', w1.id, phone.id, {}),
    );
    expect(await linksOf(w2.id)).toEqual([]);
    expect(await linksOf(w3.id)).toEqual([]);

    const { records } = await db.read(
      'MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, properties(n) AS p, n:Merged AS merged ORDER BY id',
      { ids: [w1.id, w2.id, w3.id] },
    );
    const byId = new Map(records.map((r) => [r.get('id'), r]));
    const survivor = byId.get(w1.id)?.get('p');
    expect(survivor.aliases).toEqual(['P. Il', `Park Il ${tag}`, 'Il Park', `Bak Il ${tag}`]);
    expect(survivor).toMatchObject({
      birthDate: '1988-08-08',
      role: 'developer',
      grade: 'confirmed',
      nationality: 'KP',
    });
    expect(survivor.searchText).toContain('park');
    for (const id of [w2.id, w3.id]) {
      expect(byId.get(id)?.get('merged')).toBe(true);
      expect(byId.get(id)?.get('p').mergedInto).toBe(w1.id);
      expect(byId.get(id)?.get('p').searchText).toBeUndefined();
    }
    const wallet = await db.read(
      'MATCH (:Entity {id: $w})-[r:CONTROLS]->(:Entity {id: $a}) RETURN properties(r) AS p',
      {
        w: w1.id,
        a: wa.id,
      },
    );
    expect(wallet.records).toHaveLength(1);
    expect(wallet.records[0]?.get('p')).toMatchObject({ from: '2020', grade: 'confirmed' });
    const record = await db.read('MATCH (m:MergeRecord {id: $id}) RETURN m {.*} AS m', {
      id: merged.recordId,
    });
    expect(record.records[0]?.get('m')).toMatchObject({
      survivorId: w1.id,
      mergedBy: 'tester',
      reason: 'one person',
      status: 'active',
    });

    expect(await unmergeEntity(db, { id: w1.id, by: 'tester' })).toEqual([w1.id, w2.id, w3.id]);
    expect(await snapshot()).toEqual(before);
    expect(await errorCode(unmergeEntity(db, { id: w1.id, by: 'tester' }))).toBe('NOT_FOUND');
    expect(await errorCode(unmergeEntity(db, { id: merged.recordId, by: 'tester' }))).toBe('CONFLICT');
  });

  it('undoes stacked merges last first, and refuses to undo an earlier one before', async () => {
    const before = await snapshot();
    const [s1, s2, s3] = spare as [Ref, Ref, Ref];
    const first = await mergeEntities(db, { ids: [s1.id, s2.id], reason: 'dup', by: 'tester' });
    await mergeEntities(db, { ids: [s1.id, s3.id], reason: 'dup again', by: 'tester' });
    expect(await errorCode(unmergeEntity(db, { id: first.recordId, by: 'tester' }))).toBe('CONFLICT');
    expect(await errorCode(mergeEntities(db, { ids: [s2.id, w1.id], reason: 'x', by: 'tester' }))).toBe(
      'CONFLICT',
    );
    expect(await unmergeEntity(db, { id: s3.id, by: 'tester' })).toEqual([s1.id, s3.id]);
    expect(await unmergeEntity(db, { id: first.recordId, by: 'tester' })).toEqual([s1.id, s2.id]);
    expect(await snapshot()).toEqual(before);
  });

  it('takes a re-sent fact about a merged record onto the moved link; unmerge refuses only a taken link id', async () => {
    const [, , s3] = spare as [Ref, Ref, Ref];
    const side = add('PhoneNumber', { number: `+7911${parseInt(tag, 16) % 10_000_000}` });
    const write = (from: Ref) =>
      writeFixture(
        db,
        { entities: entities.slice(-1), relationships: [{ type: 'HAS_PHONE', from, to: side }] },
        'test:resolution',
      );
    await write(s3);
    const merged = await mergeEntities(db, { ids: [w1.id, s3.id], reason: 'dup', by: 'tester' });
    // An importer writes the old fact again: it follows the merge onto the survivor's moved link.
    await write(s3);
    const linksOf = async (id: string) =>
      (await db.read('MATCH (:Entity {id: $id})-[r]-() RETURN r.id AS id', { id })).records.map((r) =>
        r.get('id'),
      );
    expect(await linksOf(s3.id)).toEqual([]);
    expect(await linksOf(w1.id)).toContain(relationshipId('HAS_PHONE', w1.id, side.id, {}));
    // Hand-written Cypher (no upsert) takes the id the unmerge must give back: it refuses, changing nothing.
    const original = relationshipId('HAS_PHONE', s3.id, side.id, {});
    await db.write(
      'MATCH (s:Entity {id: $from}), (p:Entity {id: $to}) CREATE (s)-[:HAS_PHONE {id: $id}]->(p)',
      { from: s3.id, to: side.id, id: original },
    );
    expect(await errorCode(unmergeEntity(db, { id: merged.recordId, by: 'tester' }))).toBe('CONFLICT');
    await db.write('MATCH (:Entity {id: $id})-[r:HAS_PHONE]->() DELETE r', { id: s3.id });
    expect(await unmergeEntity(db, { id: merged.recordId, by: 'tester' })).toEqual([w1.id, s3.id]);
    expect(await linksOf(s3.id)).toContain(original);
  });

  it('refuses bad merges with stable codes and changes nothing', async () => {
    const before = await snapshot();
    const merge = (ids: string[], reason = 'why') =>
      errorCode(mergeEntities(db, { ids, reason, by: 'tester' }));
    expect(await merge([w1.id])).toBe('BAD_USER_INPUT');
    expect(await merge([w1.id, w1.id])).toBe('BAD_USER_INPUT');
    expect(await merge([w1.id, w2.id], '  ')).toBe('BAD_USER_INPUT');
    expect(await merge([w1.id, wa.id])).toBe('BAD_USER_INPUT');
    expect(await merge([w1.id, `wrk_missing${tag}`])).toBe('NOT_FOUND');
    expect(await errorCode(unmergeEntity(db, { id: `mrg_missing${tag}`, by: 'tester' }))).toBe('NOT_FOUND');
    expect(await snapshot()).toEqual(before);
  });
});
