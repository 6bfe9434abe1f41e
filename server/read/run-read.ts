// Runs one read query in a read transaction with a time budget, so no request holds the database long.
import { AsyncLocalStorage } from 'node:async_hooks';
import neo4j, { type EagerResult, type RecordShape } from 'neo4j-driver';
import type { GraphDb } from '../runtime/graph-db.js';

/**
 * Default time budget of a read, in milliseconds. Defaults to 20_000 (twenty seconds). Neo4j counts the
 * planning of a statement not yet in its plan cache against it, which takes seconds on a busy machine.
 */
export const READ_TIMEOUT_MS = 20_000;

const override = new AsyncLocalStorage<number>();

/** Runs fn with every read inside given `ms` instead of its own budget (start-up warm-up). */
export const withReadTimeout = <T>(ms: number, fn: () => Promise<T>): Promise<T> => override.run(ms, fn);

export function runRead<R extends RecordShape = RecordShape>(
  db: GraphDb,
  cypher: string,
  params: Record<string, unknown>,
  timeoutMs = READ_TIMEOUT_MS,
) {
  return db.driver.executeQuery<EagerResult<R>>(cypher, params, {
    database: db.database,
    routing: neo4j.routing.READ,
    transactionConfig: { timeout: override.getStore() ?? timeoutMs },
  });
}
