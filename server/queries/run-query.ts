// Runs one analyst query safely: a READ transaction with a time limit, a row cap, and JSON-shaped rows.
import type { Record as Neo4jRecord } from 'neo4j-driver';
import type { GraphDb } from '../runtime/graph-db.js';
import { collectGraph } from './collect-graph.js';
import { toQueryError } from './database-errors.js';
import { resolveLimits } from './limits.js';
import { checkPlan } from './plan-check.js';
import { assertReadOnly } from './static-check.js';
import { toJson } from './to-json.js';
import type { QueryResultJson } from './types.js';

export interface RunOptions {
  /** Time limit in ms (see limits.ts for the default and the ceiling); null means the default. */
  timeoutMs?: number | null;
  /** Row cap (see limits.ts); null means the default. */
  maxRows?: number | null;
  /** May see victims' personal data (see server/read/privacy.ts). Defaults to false. */
  unmask?: boolean;
  /** EXPLAIN first and refuse unbounded expansions: for ad-hoc Cypher, which nobody checked yet. */
  checkPlan?: boolean;
}

/** Static check first (QUERY_REFUSED without touching the database), then the read transaction. */
export async function runReadQuery(
  db: GraphDb,
  cypher: string,
  params: Record<string, unknown>,
  options: RunOptions = {},
): Promise<QueryResultJson> {
  assertReadOnly(cypher);
  return runInReadTransaction(db, cypher, params, options);
}

/**
 * The query runs in a READ transaction, so the database itself refuses any write that got past the
 * static check; the driver's transaction timeout makes the server stop it; rows beyond the cap are
 * not fetched (breaking the stream discards the rest on the server). Exported for the test that shows
 * the database refusing a write; callers use runReadQuery.
 */
export async function runInReadTransaction(
  db: GraphDb,
  cypher: string,
  params: Record<string, unknown>,
  options: RunOptions = {},
): Promise<QueryResultJson> {
  const limits = resolveLimits(options);
  const started = performance.now();
  const session = db.session('READ');
  try {
    return await session.executeRead(
      async (tx) => {
        if (options.checkPlan) await checkPlan(tx, cypher, limits.timeoutMs);
        const result = tx.run(cypher, params);
        const records: Neo4jRecord[] = [];
        let truncated = false;
        for await (const record of result) {
          if (records.length === limits.maxRows) {
            truncated = true;
            break;
          }
          records.push(record);
        }
        const columns = records[0]?.keys.map(String) ?? (await result.keys()).map(String);
        const raw = records.map((r) => r.toObject());
        const graph = await collectGraph(tx, raw, options.unmask ?? false);
        const rows = raw.map((row) => toJson(row, graph) as Record<string, unknown>);
        const hasGraph = graph.nodes.size > 0;
        return {
          columns,
          rows,
          graph: hasGraph ? { nodes: [...graph.nodes.values()], edges: [...graph.edges.values()] } : null,
          truncated,
          elapsedMs: Math.round(performance.now() - started),
        };
      },
      { timeout: limits.timeoutMs },
    );
  } catch (error) {
    throw toQueryError(error, limits.timeoutMs);
  } finally {
    await session.close();
  }
}
