// The handle every part of the server uses to reach Neo4j: one driver, one database name.
import type { Driver, QueryResult, RecordShape, Session } from 'neo4j-driver';
import neo4j from 'neo4j-driver';

/**
 * Backstop time budget of GraphDb.read, in milliseconds; request reads use server/read/run-read.ts (20 s).
 * Generous because exports and restores read whole label sets with it. Defaults to 120_000.
 */
export const GRAPH_READ_TIMEOUT_MS = 120_000;

export class GraphDb {
  constructor(
    readonly driver: Driver,
    readonly database: string,
  ) {}

  session(mode: 'READ' | 'WRITE' = 'WRITE'): Session {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  /**
   * One read query in its own read transaction (routed to a reader in a cluster), within `timeoutMs`
   * (default GRAPH_READ_TIMEOUT_MS) so no read holds the database without a bound.
   */
  read<R extends RecordShape = RecordShape>(
    cypher: string,
    params: Record<string, unknown> = {},
    timeoutMs = GRAPH_READ_TIMEOUT_MS,
  ): Promise<QueryResult<R>> {
    return this.driver.executeQuery<QueryResult<R>>(cypher, params, {
      database: this.database,
      routing: neo4j.routing.READ,
      transactionConfig: { timeout: timeoutMs },
    });
  }

  write<R extends RecordShape = RecordShape>(
    cypher: string,
    params: Record<string, unknown> = {},
  ): Promise<QueryResult<R>> {
    return this.driver.executeQuery<QueryResult<R>>(cypher, params, {
      database: this.database,
      routing: neo4j.routing.WRITE,
    });
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
