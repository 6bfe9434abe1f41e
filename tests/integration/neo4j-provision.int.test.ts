// The Neo4j that tests/setup provisioned: read/write, plugins, and the errors a person would see.
import { type AddressInfo, createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { readDbConfig } from '../../server/db/config.js';
import { connectDriver } from '../../server/db/driver.js';
import { startEmbeddedNeo4j } from '../../server/db/embedded.js';
import { ThreadlineDbError } from '../../server/db/errors.js';
import { freePort } from '../../server/db/ports.js';
import { provisionNeo4j } from '../../server/db/provision.js';
import { testDriver, testNeo4j, uniqueId } from '../setup/neo4j.js';

const conn = testNeo4j();
const embedded = conn.kind === 'embedded';

async function dbError(promise: Promise<unknown>): Promise<ThreadlineDbError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ThreadlineDbError);
  return err as ThreadlineDbError;
}

describe(`the test Neo4j (${conn.kind})`, () => {
  it('writes a node and reads it back', async () => {
    const id = uniqueId('provision');
    const driver = testDriver();
    await driver.executeQuery(
      'CREATE (n:ProvisionProbe {id: $id, createdAt: datetime()})',
      { id },
      { database: conn.database },
    );
    const { records } = await driver.executeQuery(
      'MATCH (n:ProvisionProbe {id: $id}) RETURN n.id AS id',
      { id },
      { database: conn.database },
    );
    expect(records.map((r) => r.get('id'))).toEqual([id]);
    await driver.executeQuery(
      'MATCH (n:ProvisionProbe {id: $id}) DELETE n',
      { id },
      { database: conn.database },
    );
  });

  it('answers APOC calls', async () => {
    const { records } = await testDriver().executeQuery(
      "CALL apoc.help('coll') YIELD name RETURN count(name) AS n",
      {},
      { database: conn.database },
    );
    expect(records[0]?.get('n')).toBeGreaterThan(10);
  });

  it.runIf(embedded)('answers Graph Data Science calls (embedded launcher)', async () => {
    const { records } = await testDriver().executeQuery(
      'RETURN gds.version() AS v',
      {},
      { database: conn.database },
    );
    expect(String(records[0]?.get('v'))).toMatch(/^2\.13\./);
  });

  it('refuses a wrong password quickly with DATABASE_AUTH and names the URI', async () => {
    const started = Date.now();
    const err = await dbError(connectDriver({ ...conn, password: 'not-the-password' }, { retries: 5 }));
    expect(err.code).toBe('DATABASE_AUTH');
    expect(err.message).toContain(conn.uri);
    expect(err.message).toContain('NEO4J_PASSWORD');
    // Auth errors must not go through the unreachable-server backoff (0.5 + 1 + 2 + 4 + 5 s).
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('reports an unreachable server as DATABASE_UNAVAILABLE naming the URI', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const err = await dbError(
      connectDriver(
        { uri, username: 'neo4j', password: 'x', database: 'neo4j' },
        { retries: 1, initialDelayMs: 50 },
      ),
    );
    expect(err.code).toBe('DATABASE_UNAVAILABLE');
    expect(err.message).toContain(uri);
    expect(err.message).toContain('NEO4J_URI');
  });

  it.runIf(embedded)('refuses a second embedded Neo4j on the same store with STORE_LOCKED', async () => {
    const storeDir = conn.storeDir;
    if (!storeDir) throw new Error('the global setup did not provide the embedded store folder');
    // launcher.lock is checked before Neo4j loads (under a second); the log shows where time went if not.
    const started = Date.now();
    const lines: string[] = [];
    const err = await dbError(
      startEmbeddedNeo4j({
        dataDir: storeDir,
        port: await freePort(),
        heap: '256m',
        log: (line) => lines.push(`+${Date.now() - started} ms ${line}`),
      }),
    );
    expect(err.code, lines.join('\n')).toBe('STORE_LOCKED');
    expect(err.message).toContain(storeDir);
    expect(err.message).toContain('THREADLINE_DATA_DIR');
  });

  it('refuses an explicitly chosen Bolt port that is taken, before starting anything', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const busyPort = (blocker.address() as AddressInfo).port;
    try {
      const err = await dbError(
        provisionNeo4j({ config: { ...readDbConfig({}), boltPort: busyPort, boltPortExplicit: true } }),
      );
      expect(err.code).toBe('PORT_IN_USE');
      expect(err.message).toContain(String(busyPort));
    } finally {
      blocker.close();
    }
  });
});
