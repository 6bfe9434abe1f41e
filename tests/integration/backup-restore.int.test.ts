// Backup and restore: the run's database written out, loaded into a second, empty Neo4j, written out again.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmbeddedNeo4j, freePort, startEmbeddedNeo4j } from '../../server/db/index.js';
import { upsertBatch } from '../../server/graph/upsert.js';
import { validateBatch } from '../../server/graph/validate-batch.js';
import { fileSink } from '../../server/interop/file-sink.js';
import { writeJsonl } from '../../server/interop/jsonl-format.js';
import { readGraph } from '../../server/interop/read-graph.js';
import { restoreJsonl } from '../../server/interop/restore.js';
import { GraphDb } from '../../server/runtime/graph-db.js';
import { uniqueId } from '../setup/neo4j.js';
import { openTestGraphDb } from '../support/graph-db.js';

let source: GraphDb;
let target: GraphDb;
let second: EmbeddedNeo4j;
let dir: string;

async function backup(db: GraphDb, file: string) {
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
  source = await openTestGraphDb();
  const tag = uniqueId('backup');
  await upsertBatch(
    source.session(),
    validateBatch({
      entities: [
        { kind: 'FrontCompany', properties: { name: `${tag} Trading`, aliases: ['A', 'B'] } },
        { kind: 'Wallet', properties: { network: 'bitcoin', address: `${tag}-addr`, assets: ['XBT'] } },
      ],
      relationships: [
        {
          type: 'CONTROLS',
          from: { kind: 'FrontCompany', key: { name: `${tag} Trading` } },
          to: { kind: 'Wallet', key: { network: 'bitcoin', address: `${tag}-addr` } },
          properties: { confidence: 0.8 },
        },
      ],
    }),
    { origin: 'test:backup' },
  );
  dir = await mkdtemp(path.join(tmpdir(), 'tl-restore-'));
  second = await startEmbeddedNeo4j({
    dataDir: path.join(dir, 'neo4j'),
    port: await freePort(),
    heap: '512m',
    pageCache: '128m',
    startTimeoutMs: 280_000,
  });
  const driver = neo4j.driver(second.uri, neo4j.auth.basic(second.username, second.password), {
    disableLosslessIntegers: true,
  });
  target = new GraphDb(driver, second.database);
}, 300_000);

afterAll(async () => {
  await target?.close();
  await second?.stop();
  await source?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('restores identical nodes, relationships, labels, properties and ids into an empty database', async () => {
    const first = path.join(dir, 'first.jsonl');
    const again = path.join(dir, 'again.jsonl');
    const written = await backup(source, first);
    expect(written.nodes).toBeGreaterThanOrEqual(2);
    const restored = await restoreJsonl(target, first);
    expect(restored).toEqual(written);
    const reWritten = await backup(target, again);
    expect(reWritten).toEqual(written);
    expect(await canonical(again)).toEqual(await canonical(first));
    const leftovers = await target.read('MATCH (n:ThreadlineRestoreRef) RETURN count(n) AS n');
    expect(leftovers.records[0]?.get('n')).toBe(0);
  });

  it('refuses to restore into a database that holds data, and changes nothing', async () => {
    const before = await target.read('MATCH (n) RETURN count(n) AS n');
    await expect(restoreJsonl(target, path.join(dir, 'first.jsonl'))).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const after = await target.read('MATCH (n) RETURN count(n) AS n');
    expect(after.records[0]?.get('n')).toBe(before.records[0]?.get('n'));
  });
});
