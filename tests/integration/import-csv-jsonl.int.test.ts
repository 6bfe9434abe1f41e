// CSV (with a mapping) and Threadline JSON Lines imports against the real Neo4j: idempotent, and a
// JSON Lines export of a unique subgraph restores it exactly after the subgraph is deleted.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCsv } from '../../importers/csv/import-csv.js';
import { loadMapping } from '../../importers/csv/mapping.js';
import { readEntities } from '../../importers/ftm/read-entities.js';
import { importJsonl } from '../../importers/jsonl/import-jsonl.js';
import { fileSink } from '../../server/interop/file-sink.js';
import { writeJsonl } from '../../server/interop/jsonl-format.js';
import type { GraphDb } from '../../server/runtime/graph-db.js';
import { uniqueId } from '../setup/neo4j.js';
import { openTestGraphDb } from '../support/graph-db.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/csv');

let db: GraphDb;
let dir: string;
let csvIds: string[] = [];

beforeAll(async () => {
  db = await openTestGraphDb();
  dir = await mkdtemp(path.join(tmpdir(), 'threadline-import-'));
}, 180_000);
afterAll(async () => db?.close());

/** Properties as stored, minus what a write stamps itself (timestamps). */
async function snapshot(ids: string[]) {
  const { nodes, relationships } = await readEntities(db, ids);
  const strip = ({ createdAt, updatedAt, ...rest }: Record<string, unknown>) => rest;
  return {
    nodes: nodes
      .map((n) => ({ ...n, properties: strip(n.properties) }))
      .sort((a, b) => a.ref.localeCompare(b.ref)),
    rels: relationships
      .map((r) => ({ ...r, properties: strip(r.properties) }))
      .sort((a, b) => a.ref.localeCompare(b.ref)),
  };
}

describe('CSV import with a mapping', () => {
  it('imports the laptop manifest, then again with nothing changed', async () => {
    const run = uniqueId('r').replace(/-/g, '');
    const csv = (await readFile(path.join(FIXTURES, 'laptop-manifest.csv'), 'utf8')).replace(
      /tlcsv/gi,
      (m) => `${m}${run}`,
    );
    const file = path.join(dir, 'manifest.csv');
    await writeFile(file, csv);
    const mapping = await loadMapping(path.join(FIXTURES, 'laptop-manifest.mapping.yaml'));
    const first = await importCsv(db, file, mapping);
    expect(first.writes.entities).toEqual({ created: 8, updated: 0, unchanged: 0 });
    expect(first.writes.relationships).toEqual({ created: 6, updated: 0, unchanged: 0 });
    expect(first.issues.map((i) => i.line)).toEqual([5, 5, 6]);
    const again = await importCsv(db, file, mapping);
    expect(again.writes.entities).toEqual({ created: 0, updated: 0, unchanged: 8 });
    expect(again.writes.relationships).toEqual({ created: 0, updated: 0, unchanged: 6 });
    csvIds = first.entityIds;
  });
});

describe('JSON Lines import', () => {
  it('re-imports an export unchanged, and restores the subgraph exactly once it is deleted', async () => {
    expect(csvIds).toHaveLength(8);
    const before = await snapshot(csvIds);
    const file = path.join(dir, 'subgraph.jsonl');
    const sink = fileSink(file);
    const { nodes, relationships } = await readEntities(db, csvIds);
    await writeJsonl({ nodes, relationships }, sink, 'entities');
    await sink.close();

    const again = await importJsonl(db, file);
    expect(again.issues).toEqual([]);
    expect(again.writes.entities).toEqual({ created: 0, updated: 0, unchanged: 8 });
    expect(again.writes.relationships).toEqual({ created: 0, updated: 0, unchanged: 6 });

    await db.write('MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n', { ids: csvIds });
    const restored = await importJsonl(db, file);
    expect(restored.writes.entities).toEqual({ created: 8, updated: 0, unchanged: 0 });
    expect(restored.writes.relationships).toEqual({ created: 6, updated: 0, unchanged: 0 });
    expect(await snapshot(csvIds)).toEqual(before);
  });

  it('refuses a file that is not a Threadline JSON Lines file, writing nothing', async () => {
    const file = path.join(dir, 'not-ours.jsonl');
    await writeFile(file, '{"id":"x","schema":"Person"}\n');
    await expect(importJsonl(db, file)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
