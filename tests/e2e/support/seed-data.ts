// The browser tests' data, written by the tests themselves: the public facts and the small synthetic world.
//
// Why not the server's own start-up seed: it only seeds an EMPTY database (a user's data is never seed
// material), and in a full run the integration tests have written into the shared Neo4j long before the
// browser tests start their server. That server then found a non-empty database, seeded nothing, and search
// had no Yanbian Silverstar network: the CI timeouts. Upserts are idempotent, so writing the same data here is
// safe next to whatever else the run holds, and the world it writes is the one `npm start` shows.
import { mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seedPublicFacts, seedSynthetic } from '../../../seed/seed-if-empty.js';
import { World } from '../../../seed/synthetic/world.js';
import { createUser } from '../../../server/auth/users.js';
import type { GraphDb } from '../../../server/runtime/graph-db.js';
import { openTestGraphDb } from '../../support/graph-db.js';
import { E2E_ADMIN, E2E_VIEWER } from './login.js';

const SCALE = 'small';
const SEED = 1;

// One fork writes while the others wait: concurrent upserts of the same data would only contend for locks.
const LOCK = path.join(
  os.tmpdir(),
  `threadline-e2e-seed-${(process.env.NEO4J_URI ?? '').replace(/\W/g, '_')}`,
);

async function locked<T>(fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 600_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (Date.now() > deadline) rmSync(LOCK, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** The tests' own users (contracts §4 allows creating them directly in the database); kept when present. */
async function ensureUsers(db: GraphDb): Promise<void> {
  for (const user of [E2E_ADMIN, E2E_VIEWER]) {
    try {
      await createUser(db, user);
    } catch (error) {
      if ((error as { code?: string }).code !== 'CONFLICT') throw error;
    }
  }
}

/** Writes the demo data and the tests' users into the run's Neo4j unless they are there already. */
export async function ensureSeedData(): Promise<void> {
  if (process.env.THREADLINE_E2E_URL) return; // an external server brings its own data
  const db = await openTestGraphDb();
  try {
    await locked(async () => {
      await ensureUsers(db);
      const world = new World(SCALE, SEED);
      const found = await db.read(
        'MATCH (w:Worker) WHERE $source IN w.sourceIds RETURN count(w) > 0 AS seeded',
        { source: world.sourceId },
      );
      if (found.records[0]?.get('seeded') === true) return;
      await seedPublicFacts(db);
      // Small transactions: on a loaded 2-core machine a 5,000-item batch outlived Neo4j's 60 s timeout.
      await seedSynthetic(db, { scale: SCALE, seed: SEED, batchItems: 500 });
    });
  } finally {
    await db.close();
  }
}
