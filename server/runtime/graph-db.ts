// The handle every part of the server uses to reach Neo4j: one driver, one database name.
import type { Driver, QueryResult, RecordShape, Session } from 'neo4j-driver';
import neo4j from 'neo4j-driver';

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

  /** One read query in its own read transaction (routed to a reader in a cluster). */
  read<R extends RecordShape = RecordShape>(
    cypher: string,
    params: Record<string, unknown> = {},
  ): Promise<QueryResult<R>> {
    return this.driver.executeQuery<QueryResult<R>>(cypher, params, {
      database: this.database,
      routing: neo4j.routing.READ,
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
