// Runs one read query in a read transaction with a time budget, so no request holds the database long.
import { AsyncLocalStorage } from 'node:async_hooks';
import neo4j, { EagerResult, type RecordShape } from 'neo4j-driver';
import type { GraphDb } from '../runtime/graph-db.js';

/**
 * Default time budget of a read, in milliseconds. Defaults to 20_000 (twenty seconds). Neo4j counts the
 * planning of a statement not yet in its plan cache against it, which takes seconds on a busy machine.
 */
export const READ_TIMEOUT_MS = 20_000;

const override = new AsyncLocalStorage<number>();

/** Runs fn with every read inside given `ms` instead of its own budget (start-up warm-up). */
export const withReadTimeout = <T>(ms: number, fn: () => Promise<T>): Promise<T> => override.run(ms, fn);

/**
 * One auto-commit read transaction: RUN and PULL go out in one write and come back in one round trip.
 * `executeQuery` opened an explicit transaction (BEGIN, RUN + PULL, COMMIT: two round trips and three socket
 * writes per read), which was ~12% of the server's CPU on the expand path (docs/performance.md). The session
 * shares `executeQuery`'s bookmark manager, so reads still follow this process's writes in a cluster. No
 * retry on transient errors: a read is cheap for the caller to repeat, and outages answer 503 at the gate.
 */
export async function runRead<R extends RecordShape = RecordShape>(
  db: GraphDb,
  cypher: string,
  params: Record<string, unknown>,
  timeoutMs = READ_TIMEOUT_MS,
): Promise<EagerResult<R>> {
  const session = db.driver.session({
    database: db.database,
    defaultAccessMode: neo4j.session.READ,
    bookmarkManager: db.driver.executeQueryBookmarkManager,
  });
  try {
    const result = session.run<R>(cypher, params, { timeout: override.getStore() ?? timeoutMs });
    const { records, summary } = await result;
    return new EagerResult<R>(await result.keys(), records, summary);
  } finally {
    await session.close();
  }
}
