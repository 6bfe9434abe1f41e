// Runs the real Threadline server (server/main.ts) as a child on a free port, against the bench Neo4j: the shared
// launcher (server/boot/server-process.ts). A child process, not in-process: its RSS is then the server's alone,
// and the load generator in this process does not share the server's event loop (which would flatter neither side).
import { randomBytes } from 'node:crypto';
import { type ServerProcess, startServerProcess } from '../server/boot/server-process.js';

export type ThreadlineServer = ServerProcess;

export async function startThreadline(
  neo4j: { uri: string; password: string },
  log: (line: string) => void,
): Promise<ThreadlineServer> {
  const server = await startServerProcess({
    NEO4J_URI: neo4j.uri,
    NEO4J_USERNAME: 'neo4j',
    NEO4J_PASSWORD: neo4j.password,
    // The bench's one API key would hit the per-principal limit (1,200/min) and every later row would be 429.
    THREADLINE_RATE_LIMIT: process.env.THREADLINE_RATE_LIMIT ?? '0',
    // The first admin of a fresh store gets this password instead of a generated one written to a file;
    // the bench itself calls with an API key (bench/main.ts).
    THREADLINE_ADMIN_PASSWORD:
      process.env.THREADLINE_ADMIN_PASSWORD ?? `bench-${randomBytes(12).toString('hex')}`,
  });
  log(`threadline: server ready at ${server.url} (pid ${server.pid})`);
  return server;
}
