// Plans the hot read statements once at start-up, so the first user request does not pay for planning.
import type { GraphDb } from '../runtime/graph-db.js';
import { readEntity } from './entity.js';
import { readNeighborhood } from './neighborhood.js';
import { readPaths } from './paths.js';
import { readRelationships } from './relationships.js';
import { withReadTimeout } from './run-read.js';
import { search } from './search.js';
import { SUPERNODE_DEGREE } from './supernode.js';
import { readTimeline } from './timeline.js';

// Why: Neo4j plans a statement on first use and caches the plan by its text and parameter types. The
// neighbourhood statement takes seconds to plan on a busy 2-core machine, and planning counts against the
// transaction timeout; planning it here, with the parameter types real requests use, takes that off them.
const NO_SUCH_ID = 'wrk_000000000000000000000000';
// Planning alone, on a cold JVM: generous, since nothing waits on it but readiness.
const WARM_UP_TIMEOUT_MS = 120_000;

export async function warmUpReads(db: GraphDb, log: (line: string) => void = () => {}): Promise<void> {
  const started = Date.now();
  const base = { unmask: false };
  const reads: (() => Promise<unknown>)[] = [
    () => search(db, { ...base, text: 'warm up', limit: 20 }),
    () => readEntity(db, NO_SUCH_ID, false),
    () => readRelationships(db, { ...base, id: NO_SUCH_ID, limit: 50 }),
    () => readTimeline(db, { ...base, ids: [NO_SUCH_ID], limit: 50 }),
    ...([1, 2, 3] as const).map(
      (depth) => () => readNeighborhood(db, { ...base, ids: [NO_SUCH_ID], depth, limit: 200, offset: 0 }),
    ),
    () =>
      readPaths(db, {
        ...base,
        from: NO_SUCH_ID,
        to: `${NO_SUCH_ID}1`,
        maxHops: 6,
        limit: 5,
        all: true,
        maxDegree: SUPERNODE_DEGREE,
      }),
  ];
  let failed = 0;
  // One at a time: in parallel they would compete for the same two cores and each take longer.
  for (const read of reads) {
    await withReadTimeout(WARM_UP_TIMEOUT_MS, read).catch((error: Error) => {
      failed += 1;
      log(`warm-up read failed: ${error.message.split('\n')[0]}`);
    });
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  log(`reads planned: ${reads.length - failed} of ${reads.length} statements in ${seconds} s`);
}
