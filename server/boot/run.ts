// The server's life: HTTP first, then the database, then ready; a signal stops both in order.

import type { Server } from 'node:http';
import type { RequestHandler } from 'express';
import { Readiness } from '../http/readiness.js';
import { type RunningDatabase, startDatabase } from './database.js';
import { PortInUseError, startHttpServer } from './http-server.js';

export interface RunOptions {
  /** Shown in the first line, e.g. "npm start". */
  mode: string;
  beforeWeb?: (server: Server) => Promise<RequestHandler[]>;
}

const log = (line: string) => console.log(`threadline: ${line}`);

function readPort(): number {
  const raw = process.env.PORT ?? '4000';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`threadline: PORT must be a number from 0 to 65535, not "${raw}"`);
    process.exit(1);
  }
  return port;
}

export async function runServer(options: RunOptions): Promise<void> {
  const port = readPort();
  const host = process.env.HOST || undefined;
  log(`${options.mode}: HTTP on port ${port}, then Neo4j (provision, connect, schema, seed)`);
  const readiness = new Readiness();
  let http: Awaited<ReturnType<typeof startHttpServer>>;
  try {
    http = await startHttpServer({ port, host, readiness, beforeWeb: options.beforeWeb });
  } catch (error) {
    console.error(`threadline: ${error instanceof PortInUseError ? error.message : (error as Error).stack}`);
    process.exit(1);
  }
  log(`listening on ${http.url} (/readyz answers 503 until Neo4j is ready)`);

  let database: RunningDatabase | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      console.error('threadline: stopping now, without waiting');
      process.exit(1);
    }
    stopping = true;
    log(`${signal}: draining HTTP, closing Neo4j`);
    await http.stop().catch((e) => console.error(e));
    await database?.stop().catch((e) => console.error(e));
    log('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  try {
    database = await startDatabase(readiness, log);
  } catch (error) {
    const code = (error as { code?: string }).code;
    readiness.failed((error as Error).message);
    console.error(`threadline: ${code ? `${code}: ` : ''}${(error as Error).message}`);
    await http.stop().catch(() => {});
    process.exit(1);
  }
  if (stopping) return;
  log(`ready: ${http.url} (GraphQL at ${http.url}/graphql)`);
}
