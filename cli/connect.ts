// A GraphDb for CLI commands: NEO4J_URI when set, else the embedded Neo4j (server/db), schema applied.
import { connectDriver, provisionNeo4j } from '../server/db/index.js';
import { GraphDb } from '../server/runtime/graph-db.js';
import { applySchema } from '../server/schema/apply-schema.js';

export interface CliDb {
  db: GraphDb;
  /** Closes the driver and stops what provisioning started (the embedded JVM); safe to call once. */
  close(): Promise<void>;
}

/**
 * Connects with NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD (NEO4J_DATABASE) when NEO4J_URI is set; otherwise
 * starts the embedded Neo4j the way `npm start` does. The schema is applied (idempotent): the upserts rely
 * on its id constraints for speed.
 */
export async function connectCli(log: (line: string) => void = () => {}): Promise<CliDb> {
  const connection = await provisionNeo4j({ log });
  try {
    const driver = await connectDriver(connection, { log, driverConfig: { disableLosslessIntegers: true } });
    const db = new GraphDb(driver, connection.database);
    try {
      await applySchema(driver, connection.database, log);
    } catch (error) {
      await db.close();
      throw error;
    }
    return {
      db,
      close: async () => {
        await db.close();
        await connection.stop();
      },
    };
  } catch (error) {
    await connection.stop();
    throw error;
  }
}
