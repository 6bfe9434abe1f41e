// Brings the database up: provision Neo4j, connect with retries, apply the schema, seed when empty.
import { auditSettled } from '../audit/append-queue.js';
import { ensureFirstAdmin } from '../auth/first-admin.js';
import { connectDriver, type Neo4jConnection, provisionNeo4j } from '../db/index.js';
import type { Readiness } from '../http/readiness.js';
import { loadQueryLibraryAtStartUp } from '../queries/library-cache.js';
import { warmUpReads } from '../read/warm-up.js';
import { SERVER_DRIVER_CONFIG } from '../runtime/availability.js';
import { GraphDb } from '../runtime/graph-db.js';
import { applySchema } from '../schema/apply-schema.js';
import { seedIfEmpty } from './seed-hook.js';

export interface RunningDatabase {
  db: GraphDb;
  connection: Neo4jConnection;
  /** Closes the driver, then stops what provisioning started (the embedded Neo4j). */
  stop(): Promise<void>;
}

export async function startDatabase(
  readiness: Readiness,
  log: (line: string) => void,
): Promise<RunningDatabase> {
  // A first start (store creation, password) with GDS on a busy 2-core machine can pass two minutes;
  // /readyz answers 503 meanwhile, so waiting longer costs nothing but tells the truth later.
  const connection = await provisionNeo4j({ log, startTimeoutMs: 300_000 });
  let db: GraphDb | undefined;
  try {
    const driver = await connectDriver(connection, {
      log,
      driverConfig: { ...SERVER_DRIVER_CONFIG, disableLosslessIntegers: true },
    });
    db = new GraphDb(driver, connection.database);
    readiness.connected(db);
    await applySchema(driver, connection.database, log);
    // Before readiness: nobody can sign in to an instance without users.
    await ensureFirstAdmin(db, log);
    try {
      await seedIfEmpty(db, log);
    } catch (error) {
      // A failed seed leaves a usable (if emptier) graph: serve it, and say why it is empty.
      log(`seed failed, serving without it: ${(error as Error).message}`);
    }
    await loadQueryLibraryAtStartUp(db, log);
    readiness.schemaReady();
    // From now on Neo4j is pinged in the background: /readyz follows an outage by itself, requests fail
    // fast meanwhile, and the schema is checked again when Neo4j is back (a restore may have replaced it).
    readiness.onRecovery(() => applySchema(driver, connection.database, log));
    readiness.watch(undefined, log);
    // In the background: requests meanwhile plan their own statements, and both fill one plan cache.
    void warmUpReads(db, log);
  } catch (error) {
    await db?.close().catch(() => {});
    await connection.stop().catch(() => {});
    throw error;
  }
  const ready = db;
  return {
    db: ready,
    connection,
    stop: async () => {
      // Outcome entries still being written (they follow the answers) land before the driver closes.
      await auditSettled(ready);
      await ready.close().catch(() => {});
      await connection.stop();
    },
  };
}
