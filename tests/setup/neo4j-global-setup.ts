// Vitest global setup: one Neo4j for the whole run (NEO4J_URI, else Testcontainers, else the embedded launcher).
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { REPO_ROOT, readDbConfig } from '../../server/db/config.js';
import { freePort } from '../../server/db/ports.js';
import { type Neo4jConnection, provisionNeo4j } from '../../server/db/provision.js';
import { dockerAnswers } from './docker.js';
import type { Neo4jTestConnection } from './neo4j-context.js';
import { startNeo4jContainer } from './testcontainers.js';

const log = (line: string) => console.log(`[test-neo4j] ${line}`);

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.THREADLINE_TEST_NO_NEO4J === '1') {
    log('THREADLINE_TEST_NO_NEO4J=1: no Neo4j for this run; tests that need one will fail');
    project.provide('neo4j', null);
    return async () => {};
  }

  const started = Date.now();
  const config = readDbConfig();
  let conn: Neo4jConnection;
  let storeDir: string | undefined;
  if (config.uri) {
    conn = await provisionNeo4j({ config, log });
  } else if (await dockerAnswers()) {
    conn = await startNeo4jContainer(log);
  } else {
    // A fresh store per run on a free port: never the developer's own data, never a clash with a running app.
    storeDir = join(REPO_ROOT, '.threadline', `test-neo4j-${process.pid}`);
    await rm(storeDir, { recursive: true, force: true });
    conn = await provisionNeo4j({
      config,
      log,
      storeDir,
      port: await freePort(),
      // A cold start with APOC and GDS needs about 50 CPU-seconds: 20-40 s on 2 idle cores, minutes on a
      // machine shared with other JVMs (seen: 275 s at load average 18).
      startTimeoutMs: 480_000,
    });
  }
  log(`${conn.kind} Neo4j at ${conn.uri} ready in ${Math.round((Date.now() - started) / 1000)} s`);

  const provided: Neo4jTestConnection = {
    kind: conn.kind,
    uri: conn.uri,
    username: conn.username,
    password: conn.password,
    database: conn.database,
    ...(storeDir ? { storeDir } : {}),
  };
  project.provide('neo4j', provided);
  // Child processes (CLI tests, spawned servers) find the same database through the usual variables.
  process.env.NEO4J_URI = conn.uri;
  process.env.NEO4J_USERNAME = conn.username;
  process.env.NEO4J_PASSWORD = conn.password;
  process.env.NEO4J_DATABASE = conn.database;

  return async () => {
    await conn.stop();
    if (storeDir) await rm(storeDir, { recursive: true, force: true });
  };
}
