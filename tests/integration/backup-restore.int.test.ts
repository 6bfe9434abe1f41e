// Backup and restore on a private Neo4j (a backup of the shared test database would race the other tests):
// write a graph, back it up, empty the database, restore, back up again: both backups must be identical.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertBatch } from '../../server/graph/upsert.js';
import { validateBatch } from '../../server/graph/validate-batch.js';
import { fileSink } from '../../server/interop/file-sink.js';
import { writeJsonl } from '../../server/interop/jsonl-format.js';
import { readGraph } from '../../server/interop/read-graph.js';
import { restoreJsonl } from '../../server/interop/restore.js';
import type { GraphDb } from '../../server/runtime/graph-db.js';
import { openPrivateGraphDb, type PrivateGraphDb } from '../support/private-neo4j.js';

let db: GraphDb;
let dir: string;
let privateDb: PrivateGraphDb | undefined;

async function backup(file: string) {
  const reader = readGraph(db, 'all');
  const sink = fileSink(file);
  try {
    return await writeJsonl(reader, sink, 'all');
  } finally {
    await sink.close();
    await reader.close();
  }
}

/** The backup's content with database-specific element ids replaced by the nodes' own content. */
async function canonical(file: string) {
  const lines = (await readFile(file, 'utf8'))
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => JSON.parse(l));
  const nodeKey = new Map<string, string>();
  const nodes: string[] = [];
  for (const l of lines.filter((l) => l.t === 'node')) {
    const key = JSON.stringify([[...l.labels].sort(), Object.entries(l.properties).sort()]);
    nodeKey.set(l.ref, key);
    nodes.push(key);
  }
  const rels = lines
    .filter((l) => l.t === 'rel')
    .map((l) =>
      JSON.stringify([l.type, nodeKey.get(l.from), nodeKey.get(l.to), Object.entries(l.properties).sort()]),
    );
  return { nodes: nodes.sort(), rels: rels.sort() };
}

beforeAll(async () => {
  privateDb = await openPrivateGraphDb('restore', '512m');
  db = privateDb.db;
  dir = privateDb.dir;
  await upsertBatch(
    db.session(),
    validateBatch({
      entities: [
        {
          kind: 'FrontCompany',
          properties: { name: 'Backup Trading', aliases: ['A', 'B'], grade: 'confirmed' },
        },
        { kind: 'Wallet', properties: { network: 'bitcoin', address: 'bc1-backup', assets: ['XBT'] } },
        { kind: 'Worker', properties: { name: 'Backup Worker', birthDate: '1980' } },
      ],
      relationships: [
        {
          type: 'CONTROLS',
          from: { kind: 'FrontCompany', key: { name: 'Backup Trading' } },
          to: { kind: 'Wallet', key: { network: 'bitcoin', address: 'bc1-backup' } },
          properties: { confidence: 0.8 },
        },
        {
          type: 'EMPLOYED_BY',
          from: { kind: 'Worker', key: { name: 'Backup Worker' } },
          to: { kind: 'FrontCompany', key: { name: 'Backup Trading' } },
          properties: { from: '2019-04' },
        },
      ],
    }),
    { origin: 'test:backup' },
  );
  // An application record too: a backup holds everything, not only entities.
  await db.write("CREATE (:Investigation {id: 'inv-backup', title: 'Case', state: '{}', version: 3})");
}, 420_000);

afterAll(async () => privateDb?.close());

describe('backup and restore', () => {
  it('restores identical nodes, relationships, labels, properties and ids into an empty database', async () => {
    const first = path.join(dir, 'first.jsonl');
    const again = path.join(dir, 'again.jsonl');
    const written = await backup(first);
    expect(written).toEqual({ nodes: 4, relationships: 2 });
    await db.write('MATCH (n) DETACH DELETE n');
    expect(await restoreJsonl(db, first)).toEqual(written);
    expect(await backup(again)).toEqual(written);
    expect(await canonical(again)).toEqual(await canonical(first));
    const version = await db.read("MATCH (i:Investigation {id: 'inv-backup'}) RETURN i.version AS v");
    expect(version.records[0]?.get('v')).toBe(3);
    const leftovers = await db.read('MATCH (n:ThreadlineRestoreRef) RETURN count(n) AS n');
    expect(leftovers.records[0]?.get('n')).toBe(0);
  });

  it('refuses to restore into a database that holds data, and changes nothing', async () => {
    await expect(restoreJsonl(db, path.join(dir, 'first.jsonl'))).rejects.toMatchObject({ code: 'CONFLICT' });
    const after = await db.read('MATCH (n) RETURN count(n) AS n');
    expect(after.records[0]?.get('n')).toBe(4);
  });
});
