// Test-file helpers for the run's Neo4j: one driver per test file (closed after it) and unique ids.
import { randomBytes } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, inject } from 'vitest';
import type { Neo4jTestConnection } from './neo4j-context.js';

let driver: Driver | undefined;

// Registered when a test file imports this module, so it closes that file's driver only.
afterAll(async () => {
  const d = driver;
  driver = undefined;
  await d?.close();
});

/** The connection the global setup provided. */
export function testNeo4j(): Neo4jTestConnection {
  const conn = inject('neo4j');
  if (!conn) throw new Error('No test Neo4j: unset THREADLINE_TEST_NO_NEO4J to let tests/setup start one');
  return conn;
}

/** The test file's driver (plain JS numbers instead of neo4j Integers). */
export function testDriver(): Driver {
  if (!driver) {
    const conn = testNeo4j();
    driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.username, conn.password), {
      disableLosslessIntegers: true,
    });
  }
  return driver;
}

/** An id no other test (or earlier run against the same database) uses: `prefix-<time>-<random>`. */
export function uniqueId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
}
