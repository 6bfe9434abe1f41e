// Readiness: is Neo4j answering and the schema applied? Watched periodically (so /readyz turns 503 and
// back by itself, and requests fail fast while Neo4j is away); without a watcher, probed on demand.

import { isConnectivityError } from '../runtime/availability.js';
import type { GraphDb } from '../runtime/graph-db.js';

export interface ReadinessReport {
  ready: boolean;
  neo4j: 'up' | 'down' | 'starting';
  schema: 'applied' | 'pending';
  reason?: string;
}

/** How long one on-demand check answers probes. Defaults to 1_000 (one second). */
export const READINESS_CACHE_MS = 1_000;
/** How often the watcher pings Neo4j. Defaults to 2_000 (two seconds). */
export const READINESS_WATCH_MS = 2_000;
/** A ping slower than this counts as a failure. Defaults to 3_000. */
export const PING_TIMEOUT_MS = 3_000;
// A slow ping on a busy machine is not an outage: only this many failures in a row (or one refused
// connection) turn /readyz to 503 and close the gate that fails requests fast.
const SLOW_PINGS_BEFORE_DOWN = 2;

type Log = (line: string) => void;

export class Readiness {
  private db: GraphDb | undefined;
  private schemaApplied = false;
  private startupProblem: string | undefined;
  private shuttingDown = false;
  private cached: { at: number; report: Promise<ReadinessReport> } | undefined;
  // Watcher state.
  private timer: NodeJS.Timeout | undefined;
  private latest: ReadinessReport | undefined;
  private failuresInRow = 0;
  private refused = false;
  private wasDown = false;
  private ticking = false;
  private recheck: (() => Promise<unknown>) | undefined;
  private log: Log = () => {};

  constructor(private readonly cacheMs = READINESS_CACHE_MS) {}

  connected(db: GraphDb): void {
    this.db = db;
    this.cached = undefined;
  }

  schemaReady(): void {
    this.schemaApplied = true;
    this.cached = undefined;
  }

  /** Start-up failed for a reason a person must fix; /readyz says so instead of "starting". */
  failed(reason: string): void {
    this.startupProblem = reason;
    this.cached = undefined;
  }

  /** Run when Neo4j answers again after an outage, before /readyz says ready (e.g. re-apply the schema). */
  onRecovery(recheck: () => Promise<unknown>): void {
    this.recheck = recheck;
  }

  /** Pings Neo4j every `intervalMs` in the background; /readyz and the request gate read the result. */
  watch(intervalMs = READINESS_WATCH_MS, log: Log = () => {}): void {
    this.log = log;
    if (this.timer) clearInterval(this.timer);
    this.timer = setInterval(() => void this.tick(), intervalMs);
    this.timer.unref(); // a probe must never keep a stopping process alive
    void this.tick();
  }

  /** Shutting down: /readyz answers 503 so balancers stop sending work; the watcher stops. */
  draining(): void {
    this.shuttingDown = true;
    this.cached = undefined;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  get database(): GraphDb | undefined {
    return this.schemaApplied ? this.db : undefined;
  }

  /** True while the watcher knows Neo4j is away: requests are refused at once, retryable, with 503. */
  get unavailable(): boolean {
    return this.latest?.neo4j === 'down' && (this.refused || this.failuresInRow >= SLOW_PINGS_BEFORE_DOWN);
  }

  check(now = Date.now()): Promise<ReadinessReport> {
    if (this.shuttingDown) {
      return Promise.resolve({
        ready: false,
        neo4j: this.db ? 'up' : 'starting',
        schema: this.schemaApplied ? 'applied' : 'pending',
        reason: 'shutting down',
      });
    }
    if (this.timer && this.latest) return Promise.resolve(this.latest);
    if (!this.cached || now - this.cached.at >= this.cacheMs) this.cached = { at: now, report: this.probe() };
    return this.cached.report;
  }

  private async tick(): Promise<void> {
    if (this.ticking) return; // a slow ping must not pile up behind itself
    this.ticking = true;
    try {
      let report = await this.probe();
      // One slow ping on a busy machine is not an outage: keep the last answer until it repeats.
      if (report.neo4j === 'down' && !this.refused && this.failuresInRow < SLOW_PINGS_BEFORE_DOWN) return;
      if (report.neo4j === 'down') {
        if (!this.wasDown) this.log(`Neo4j went away (${report.reason}); requests fail fast, retryable`);
        this.wasDown = true;
      } else if (report.neo4j === 'up' && this.wasDown) {
        report = await this.recover(report);
      }
      this.latest = report;
    } finally {
      this.ticking = false;
    }
  }

  private async recover(report: ReadinessReport): Promise<ReadinessReport> {
    // Until the schema is confirmed again, requests pass (Neo4j answers) but /readyz stays 503.
    this.latest = { ...report, ready: false, schema: 'pending', reason: 're-checking the schema' };
    this.failuresInRow = 0;
    this.refused = false;
    try {
      await this.recheck?.();
    } catch (error) {
      return {
        ...report,
        ready: false,
        schema: 'pending',
        reason: `schema re-check failed: ${messageOf(error)}`,
      };
    }
    this.wasDown = false;
    this.log('Neo4j is back; schema checked; ready');
    return report;
  }

  private async probe(): Promise<ReadinessReport> {
    const schema = this.schemaApplied ? 'applied' : 'pending';
    if (!this.db) {
      return {
        ready: false,
        neo4j: 'starting',
        schema,
        reason: this.startupProblem ?? 'connecting to Neo4j',
      };
    }
    try {
      await ping(this.db);
      this.failuresInRow = 0;
      this.refused = false;
    } catch (error) {
      this.failuresInRow += 1;
      this.refused = isConnectivityError(error);
      return { ready: false, neo4j: 'down', schema, reason: `Neo4j does not answer: ${messageOf(error)}` };
    }
    if (!this.schemaApplied) return { ready: false, neo4j: 'up', schema, reason: 'applying the schema' };
    return { ready: true, neo4j: 'up', schema };
  }
}

// An auto-commit statement in its own session: never retried by the driver (executeQuery would retry a
// refused connection for maxTransactionRetryTime), and raced against a timer in case Neo4j hangs.
async function ping(db: GraphDb): Promise<void> {
  const session = db.session('READ');
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      session.run('RETURN 1', {}, { timeout: PING_TIMEOUT_MS }),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${PING_TIMEOUT_MS} ms`)),
          PING_TIMEOUT_MS,
        );
      }),
    ]);
  } finally {
    clearTimeout(timer);
    void session.close().catch(() => {});
  }
}

function messageOf(error: unknown): string {
  const first = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  return first.length > 200 ? `${first.slice(0, 197)}...` : first;
}
