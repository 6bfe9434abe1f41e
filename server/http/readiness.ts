// Readiness: is Neo4j answering and the schema applied? Cached briefly so probes never load the database.
import type { GraphDb } from '../runtime/graph-db.js';

export interface ReadinessReport {
  ready: boolean;
  neo4j: 'up' | 'down' | 'starting';
  schema: 'applied' | 'pending';
  reason?: string;
}

/** How long one check answers probes. Defaults to 1_000 (one second). */
export const READINESS_CACHE_MS = 1_000;
const PING_TIMEOUT_MS = 2_000;

export class Readiness {
  private db: GraphDb | undefined;
  private schemaApplied = false;
  private startupProblem: string | undefined;
  private cached: { at: number; report: Promise<ReadinessReport> } | undefined;

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

  get database(): GraphDb | undefined {
    return this.schemaApplied ? this.db : undefined;
  }

  check(now = Date.now()): Promise<ReadinessReport> {
    if (!this.cached || now - this.cached.at >= this.cacheMs) this.cached = { at: now, report: this.probe() };
    return this.cached.report;
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
      await this.db.driver.executeQuery(
        'RETURN 1',
        {},
        {
          database: this.db.database,
          transactionConfig: { timeout: PING_TIMEOUT_MS },
        },
      );
    } catch (error) {
      return {
        ready: false,
        neo4j: 'down',
        schema,
        reason: `Neo4j does not answer: ${(error as Error).message}`,
      };
    }
    if (!this.schemaApplied) return { ready: false, neo4j: 'up', schema, reason: 'applying the schema' };
    return { ready: true, neo4j: 'up', schema };
  }
}
