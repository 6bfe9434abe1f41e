// The real server (server/main.ts) as a child process on a free port, so a test can SIGKILL it: the shared
// launcher (server/boot/server-process.ts) with a test's Neo4j, no seed and a random first-admin password.
import { randomBytes } from 'node:crypto';
import { type ServerProcess, startServerProcess } from '../../server/boot/server-process.js';

export type AppProcess = ServerProcess;

export interface Neo4jTarget {
  uri: string;
  username: string;
  password: string;
  database: string;
}

/** Waits for /readyz 200 (it applies the schema and loads the query library first). */
export function startAppProcess(
  neo4j: Neo4jTarget,
  extraEnv: Record<string, string> = {},
): Promise<AppProcess> {
  return startServerProcess({
    NEO4J_URI: neo4j.uri,
    NEO4J_USERNAME: neo4j.username,
    NEO4J_PASSWORD: neo4j.password,
    NEO4J_DATABASE: neo4j.database,
    THREADLINE_SEED: 'none',
    // contracts §4: the first admin is created from these when the database has no user yet.
    THREADLINE_ADMIN_USERNAME: 'admin',
    THREADLINE_ADMIN_PASSWORD: randomBytes(18).toString('base64url'),
    ...extraEnv,
  });
}
