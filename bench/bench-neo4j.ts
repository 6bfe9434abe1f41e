// The bench's own embedded Neo4j: one store per scale under .threadline/, on a free port, never the app's.
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { ScaleName } from '../seed/synthetic/scales.js';
import { REPO_ROOT } from '../server/db/config.js';
import { connectDriver, freePort, startEmbeddedNeo4j } from '../server/db/index.js';
import { GraphDb } from '../server/runtime/graph-db.js';
import { applySchema } from '../server/schema/apply-schema.js';

export interface BenchDatabase {
  db: GraphDb;
  uri: string;
  password: string;
  storeDir: string;
  javaPid: number | undefined;
  stop(): Promise<void>;
}

// The large store is ~4.6 GB: a page cache that holds all of it keeps expands off the disk, and a bigger heap
// keeps 5,000-item write batches and the fulltext index updates clear of GC pressure. NEO4J_* env vars override.
const BENCH_MEMORY: Record<ScaleName, { heap: string; pageCache: string }> = {
  small: { heap: '2g', pageCache: '2g' },
  medium: { heap: '2g', pageCache: '2g' },
  large: { heap: '3g', pageCache: '6g' },
};

/** A store per scale: loading medium never has to wipe small first, and each keeps its own marker. */
export const benchStoreDir = (scale: ScaleName): string =>
  path.join(REPO_ROOT, '.threadline', `bench-neo4j-${scale}`);

export async function startBenchDatabase(
  scale: ScaleName,
  log: (line: string) => void,
): Promise<BenchDatabase> {
  const storeDir = benchStoreDir(scale);
  const embedded = await startEmbeddedNeo4j({
    dataDir: storeDir,
    port: await freePort(),
    heap: process.env.NEO4J_HEAP ?? BENCH_MEMORY[scale].heap,
    pageCache: process.env.NEO4J_PAGECACHE ?? BENCH_MEMORY[scale].pageCache,
    log: (line) => {
      if (!line.startsWith('neo4j: ')) return; // JVM chatter stays out of the bench log
      log(line);
    },
    startTimeoutMs: 300_000,
    // Seeding the large world on a shared 2-core machine: a 5,000-item batch took over 60 s at load 27.
    txTimeoutSeconds: 600,
  });
  const driver = await connectDriver(embedded, { log, driverConfig: { disableLosslessIntegers: true } });
  const db = new GraphDb(driver, embedded.database);
  await applySchema(driver, embedded.database, log);
  return {
    db,
    uri: embedded.uri,
    password: embedded.password,
    storeDir,
    javaPid: embedded.pid,
    stop: async () => {
      await db.close().catch(() => {});
      await embedded.stop();
    },
  };
}

/** A second driver with default settings, for the "bare driver" baselines: what a careful user would write. */
export function bareDriver(bench: BenchDatabase) {
  return neo4j.driver(bench.uri, neo4j.auth.basic('neo4j', bench.password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 64,
  });
}
