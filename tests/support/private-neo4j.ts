// A private embedded Neo4j for the few tests that need a database of their own (an import of a whole
// sanctions list, a restore into an empty database) rather than the run's shared one.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { startEmbeddedNeo4j } from '../../server/db/index.js';
import { freePort } from '../../server/db/ports.js';
import { GraphDb } from '../../server/runtime/graph-db.js';
import { applySchema } from '../../server/schema/apply-schema.js';

export interface PrivateGraphDb {
  db: GraphDb;
  dir: string;
  close(): Promise<void>;
}

/** Starts it (schema applied); `close()` stops it and removes its folder. Allow minutes on a busy machine. */
export async function openPrivateGraphDb(name: string, heap = '1g'): Promise<PrivateGraphDb> {
  const dir = await mkdtemp(path.join(tmpdir(), `tl-${name}-`));
  const neo = await startEmbeddedNeo4j({
    dataDir: path.join(dir, 'neo4j'),
    port: await freePort(),
    heap,
    pageCache: '256m',
    startTimeoutMs: 400_000,
  });
  const driver = neo4j.driver(neo.uri, neo4j.auth.basic(neo.username, neo.password), {
    disableLosslessIntegers: true,
  });
  const db = new GraphDb(driver, neo.database);
  await applySchema(driver, neo.database);
  return {
    db,
    dir,
    close: async () => {
      await db.close();
      await neo.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
