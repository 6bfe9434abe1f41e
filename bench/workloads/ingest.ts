// Ingest: 1,000-entity batches through upsertEntities over HTTP versus one UNWIND … MERGE per batch.
import type { Driver } from 'neo4j-driver';
import { buildSearchText, MODEL } from '../../model/index.js';
import { entityId } from '../../model/keys.js';
import type { GraphQLClient } from '../http-client.js';
import { type LoadOptions, type LoadResult, runInterleaved } from '../load.js';

export const BATCH = 1_000;

const UPSERT = `mutation Ingest($input: UpsertInput!) {
  upsertEntities(input: $input) { entities { created updated unchanged } }
}`;

// What a careful hand-written loader does: one statement per batch, idempotent on the id.
const BARE_MERGE = `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:Laptop, n += row.props`;

const serial = (prefix: string, batch: number, i: number) => `${prefix}-${batch}-${i}`;

function laptops(prefix: string, batch: number) {
  return Array.from({ length: BATCH }, (_, i) => ({
    serial: serial(prefix, batch, i),
    assetTag: `AT-${batch}-${i}`,
    model: i % 2 ? 'ThinkPad T14' : 'MacBook Pro 14',
    synthetic: true,
  }));
}

function bareRows(prefix: string, batch: number) {
  const searchable = MODEL.kind('Laptop').searchable;
  return laptops(prefix, batch).map((l) => {
    const props: Record<string, unknown> = { ...l, kind: 'Laptop', origin: 'bench' };
    const id = entityId('Laptop', { serial: l.serial });
    props.id = id;
    props.searchText = buildSearchText(
      searchable
        .map((p) => props[p])
        .filter((v) => v !== undefined)
        .map(String),
    );
    return { id, props };
  });
}

export interface IngestResult {
  threadline: LoadResult;
  bare: LoadResult;
  /** Entities per second: batches per second × batch size. */
  threadlineEntitiesPerSec: number;
  bareEntitiesPerSec: number;
}

export async function runIngest(
  client: GraphQLClient,
  driver: Driver,
  runId: string,
  load: LoadOptions,
): Promise<IngestResult> {
  const tlPrefix = `bench-${runId}-tl`;
  const barePrefix = `bench-${runId}-bare`;
  // Interleaved: measured one after the other, the second side ran on a store and JIT the first had warmed.
  const [threadline, bare] = (await runInterleaved(load, [
    (i) => client.post(UPSERT, { input: { laptops: laptops(tlPrefix, i) } }),
    (i) => driver.executeQuery(BARE_MERGE, { rows: bareRows(barePrefix, i) }, { database: 'neo4j' }),
  ])) as [LoadResult, LoadResult];
  return {
    threadline,
    bare,
    threadlineEntitiesPerSec: Math.round(threadline.throughput * BATCH),
    bareEntitiesPerSec: Math.round(bare.throughput * BATCH),
  };
}

/** Removes what ingest wrote, so the bench store stays the seeded world run after run. */
export async function cleanIngest(driver: Driver, runId: string): Promise<void> {
  // CALL … IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run, not executeQuery.
  const session = driver.session({ database: 'neo4j' });
  try {
    await session.run(
      `MATCH (n:Laptop) WHERE n.serial STARTS WITH $prefix
       CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`,
      { prefix: `bench-${runId}-` },
    );
  } finally {
    await session.close();
  }
}
