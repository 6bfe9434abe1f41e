// Test access to the one Neo4j of the run (started by tests/setup): a GraphDb with the schema applied.
import neo4j from 'neo4j-driver';
import { GraphDb } from '../../server/runtime/graph-db.js';
import { applySchema } from '../../server/schema/apply-schema.js';

let schemaApplied: Promise<unknown> | undefined;

/** A GraphDb on the test Neo4j (from NEO4J_* set by the global setup); close it in afterAll. */
export async function openTestGraphDb(): Promise<GraphDb> {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set: run the tests through vitest (tests/setup starts Neo4j)');
  const driver = neo4j.driver(
    uri,
    neo4j.auth.basic(process.env.NEO4J_USERNAME ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''),
    { disableLosslessIntegers: true },
  );
  const db = new GraphDb(driver, process.env.NEO4J_DATABASE ?? 'neo4j');
  schemaApplied ??= applySchema(driver, db.database).catch((error) => {
    schemaApplied = undefined; // let the next test file try again rather than inherit the failure
    throw error;
  });
  await schemaApplied;
  return db;
}
