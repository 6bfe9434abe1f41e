// Test harness for the API: the real schema and Apollo server on the run's Neo4j, plus real HTTP when asked.
import { randomUUID } from 'node:crypto';
import { auditSettled } from '../../server/audit/append-queue.js';
import { AuditLog } from '../../server/audit/audit-log.js';
import { createApiKey } from '../../server/auth/api-keys.js';
import { type RunningHttp, startHttpServer } from '../../server/boot/http-server.js';
import { createApolloServer } from '../../server/graphql/apollo.js';
import type { Principal } from '../../server/graphql/context.js';
import { LOCAL_ADMIN } from '../../server/graphql/create-context.js';
import { buildSchema } from '../../server/graphql/schema.js';
import { Readiness } from '../../server/http/readiness.js';
import type { GraphDb } from '../../server/runtime/graph-db.js';
import { openTestGraphDb } from '../support/graph-db.js';

// biome-ignore lint/suspicious/noExplicitAny: tests read GraphQL results by path; the schema types them.
export type Data = Record<string, any>;

export interface GqlResult<T = Data> {
  data?: T | null;
  errors?: { message: string; path?: readonly (string | number)[]; extensions?: Data }[];
}

export interface Api {
  db: GraphDb;
  gql<T = Data>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

/** Apollo's executeOperation on the real schema, as `principal` (the local admin unless given): all but HTTP. */
export async function openApi(
  origin = 'integration:api-tests',
  principal: Principal = LOCAL_ADMIN,
): Promise<Api> {
  const db = await openTestGraphDb();
  const apollo = createApolloServer({ schema: await buildSchema() });
  await apollo.start();
  return {
    db,
    async gql(query, variables) {
      const response = await apollo.executeOperation(
        { query, variables },
        { contextValue: { db, principal, origin, audit: new AuditLog(db) } },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult as GqlResult<never>;
    },
    async close() {
      await apollo.stop();
      await auditSettled(db);
      await db.close();
    },
  };
}

/** The whole HTTP server on a free port; `ready: false` leaves the database unconnected. */
export async function openHttp(
  options: { ready?: boolean } = {},
): Promise<RunningHttp & { db: GraphDb; headers: Record<string, string> }> {
  const db = await openTestGraphDb();
  const readiness = new Readiness(0);
  if (options.ready !== false) {
    readiness.connected(db);
    readiness.schemaReady();
  }
  const http = await startHttpServer({ port: 0, host: '127.0.0.1', readiness });
  // An administrator's API key, made directly in the database (contracts.md §4): every request sends it.
  const { key } = await createApiKey(db, { name: `api-tests-${randomUUID().slice(0, 8)}`, roles: ['admin'] });
  return {
    ...http,
    db,
    // Credentials every request sends (an admin's API key); spread into fetch headers.
    headers: { authorization: `Bearer ${key}` },
    url: `http://127.0.0.1:${http.port}`,
    stop: async () => {
      await http.stop();
      await auditSettled(db);
      await db.close();
    },
  };
}

/** A name no other test (or run) uses: tests isolate by data, never by wiping the database. */
export const unique = (label: string): string => `${label} ${randomUUID().slice(0, 8)}`;
