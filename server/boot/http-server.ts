// Starts the HTTP server (GraphQL, probes, UI) before the database, so /readyz can answer 503 meanwhile.
import { createServer, type Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { RequestHandler } from 'express';
import { createApolloServer } from '../graphql/apollo.js';
import type { GraphQLContext } from '../graphql/context.js';
import { buildSchema } from '../graphql/schema.js';
import { createApp } from '../http/app.js';
import type { Readiness } from '../http/readiness.js';

export interface HttpOptions {
  /** 0 picks a free port (tests). */
  port: number;
  /** Interface to bind; defaults to all interfaces. */
  host?: string;
  readiness: Readiness;
  webDist?: string;
  /** Extra middleware before the UI (Vite in development); it may need the server, e.g. for HMR. */
  beforeWeb?: (server: Server) => Promise<RequestHandler[]>;
  /** Longest wait in stop() for in-flight requests before their connections are cut. Defaults to DRAIN_MS. */
  drainMs?: number;
}

/**
 * How long stop() waits for in-flight requests (a 10,000-item batch on a busy machine takes seconds)
 * before cutting the connections that are left, so a stuck client cannot hold a shutdown forever.
 * Defaults to 15_000 ms; THREADLINE_DRAIN_MS overrides it.
 */
export const DRAIN_MS = 15_000;

function drainMsFromEnv(): number {
  const raw = Number(process.env.THREADLINE_DRAIN_MS);
  return Number.isFinite(raw) && raw >= 0 ? raw : DRAIN_MS;
}

export interface RunningHttp {
  server: Server;
  apollo: ApolloServer<GraphQLContext>;
  port: number;
  url: string;
  /**
   * Shutdown, first half: /readyz turns 503, no new connections, in-flight requests finish (at most
   * drainMs, then their connections are cut), Apollo stops. Close the database only after this resolves.
   */
  stop(): Promise<void>;
}

export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(`Port ${port} is already in use: stop the program using it, or start with PORT=<another port>.`);
    this.name = 'PortInUseError';
  }
}

function listen(server: Server, port: number, host?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(port) : error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

export async function startHttpServer(options: HttpOptions): Promise<RunningHttp> {
  const server = createServer();
  const drainMs = options.drainMs ?? drainMsFromEnv();
  const apollo = createApolloServer({ schema: await buildSchema(), httpServer: server, drainMs });
  await apollo.start();
  const beforeWeb = options.beforeWeb ? await options.beforeWeb(server) : [];
  server.on(
    'request',
    createApp({ apollo, readiness: options.readiness, webDist: options.webDist, beforeWeb }),
  );
  let port: number;
  try {
    port = await listen(server, options.port, options.host);
  } catch (error) {
    await apollo.stop();
    throw error;
  }
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      options.readiness.draining();
      // Apollo's drain plugin closes the listener, ends idle keep-alive sockets, waits for requests in
      // flight (served normally meanwhile) and destroys what is left after drainMs.
      await apollo.stop();
    })();
    return stopping;
  };
  return { server, apollo, port, url: `http://localhost:${port}`, stop };
}
