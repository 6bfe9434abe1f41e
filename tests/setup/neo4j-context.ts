// The Neo4j connection the global setup hands to every test file through vitest's provide/inject.
import type { Neo4jKind } from '../../server/db/provision.js';

export interface Neo4jTestConnection {
  kind: Neo4jKind;
  uri: string;
  username: string;
  password: string;
  database: string;
  /** The embedded store folder (only for kind 'embedded'), so tests can probe its lock. */
  storeDir?: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** null when THREADLINE_TEST_NO_NEO4J=1 asked for a run without a database. */
    neo4j: Neo4jTestConnection | null;
  }
}
