// GET /export: any scope, the whole graph included, streamed as a download in any export format.
//   /export?format=graphml&scope=cluster&id=frc_…      /export?format=csv&scope=all&part=edges
//   /export?format=jsonl&scope=query&name=laptop-farms&param=country=US
import { once } from 'node:events';
import { type Request, type Response, Router } from 'express';
import { AuditLog } from '../audit/audit-log.js';
import { badInput, type ErrorCode, ThreadlineError } from '../errors/threadline-error.js';
import type { Principal } from '../graphql/context.js';
import { toApiError } from '../graphql/errors/to-api-error.js';
import type { TextSink } from '../interop/element-types.js';
import { type CsvPart, exportFilename, MEDIA_TYPES } from '../interop/export-files.js';
import { EXPORT_FORMATS, type ExportFormat, exportGraph } from '../interop/export-graph.js';
import { openExport } from '../interop/open-export.js';
import { checkScope, type ExportScope, scopeSlug } from '../interop/scope/export-scope.js';
import { parseParamPairs } from '../queries/param-text.js';
import { findSavedQuery } from '../queries/saved-queries.js';
import type { GraphDb } from '../runtime/graph-db.js';

/** What an export records in the audit log (contracts.md §5); structurally AuditLog's record input. */
export interface ExportAuditInput {
  action: string;
  principal: Principal;
  operation?: string;
  targetIds?: string[];
  parameters?: Record<string, unknown>;
  resultSize?: number;
  outcome: 'ok' | 'denied' | 'error';
  errorCode?: string;
}

export interface ExportRouteOptions {
  getDb(): GraphDb | undefined;
  /** Who is asking; throws UNAUTHENTICATED (a ThreadlineError) without credentials. */
  principalOf(req: Request): Principal | Promise<Principal>;
  /** Throws FORBIDDEN when the principal may not export this scope. */
  authorize(principal: Principal, scope: ExportScope): void;
  /** Whether the principal sees victims' personal properties. */
  unmask(principal: Principal): boolean;
  /** Where the audit entry goes; the audit log (server/audit) unless a test says otherwise. */
  audit?(db: GraphDb, input: ExportAuditInput): Promise<unknown>;
}

const recordInAuditLog = (db: GraphDb, input: ExportAuditInput) => new AuditLog(db).record(input);

const STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  QUERY_REFUSED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  RATE_LIMITED: 429,
  DATABASE_UNAVAILABLE: 503,
  QUERY_TIMEOUT: 504,
};

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const list = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((v) => typeof v === 'string')
    : typeof value === 'string'
      ? [value]
      : [];

function formatOf(value: unknown): ExportFormat {
  const format = text(value) ?? '';
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw badInput(`format must be one of ${EXPORT_FORMATS.join(', ')}`, [
      { path: 'format', message: format },
    ]);
  }
  return format as ExportFormat;
}

function partOf(value: unknown): CsvPart {
  const part = text(value) ?? 'nodes';
  if (part !== 'nodes' && part !== 'edges') throw badInput('part must be nodes or edges (csv)');
  return part;
}

/** Query parameters: `params` as a JSON object, or `param=name=value` pairs typed by the saved query. */
async function queryParams(db: GraphDb, query: Request['query']): Promise<Record<string, unknown>> {
  const json = text(query.params);
  if (json) {
    try {
      return JSON.parse(json) as Record<string, unknown>;
    } catch {
      throw badInput('params must be a JSON object', [{ path: 'params', message: 'not JSON' }]);
    }
  }
  const pairs = list(query.param);
  const name = text(query.name);
  if (pairs.length === 0 || !name) return {};
  return parseParamPairs(pairs, (await findSavedQuery(db, name)).parameters);
}

/** Writes to the response, waiting when the client reads slower than Neo4j gives; stops if it went away. */
function responseSink(res: Response): TextSink {
  return {
    async write(chunk) {
      if (res.destroyed) throw new Error('The client closed the download');
      if (!res.write(chunk)) await once(res, 'drain');
    },
  };
}

const DISCARD: TextSink = { write() {} };

export function exportRoute(options: ExportRouteOptions): Router {
  const router = Router();
  const audit = options.audit ?? recordInAuditLog;
  router.get('/export', async (req, res) => {
    let principal: Principal | undefined;
    const db = options.getDb();
    let scope: ExportScope | undefined;
    try {
      principal = await options.principalOf(req);
      if (!db)
        throw new ThreadlineError(
          'DATABASE_UNAVAILABLE',
          'The database is starting; retry shortly',
          [],
          true,
        );
      const format = formatOf(req.query.format);
      const part = partOf(req.query.part);
      scope = checkScope({
        kind: text(req.query.scope) ?? 'all',
        id: text(req.query.id),
        name: text(req.query.name),
        params: req.query.scope === 'query' ? await queryParams(db, req.query) : undefined,
      });
      options.authorize(principal, scope);
      const opened = await openExport(db, scope, { unmask: options.unmask(principal) });
      try {
        const filename = exportFilename(format, scopeSlug(scope), part);
        res.status(200);
        res.set('Content-Type', `${MEDIA_TYPES[format]}; charset=utf-8`);
        res.set('Content-Disposition', `attachment; filename="${filename}"`);
        res.set('Cache-Control', 'no-store');
        if (opened.truncated) res.set('X-Threadline-Truncated', 'true');
        const sink = responseSink(res);
        // CSV is two files: the part asked for goes to the response, the other is not even read when it can be skipped.
        const graph =
          format === 'csv' && part === 'edges'
            ? { nodes: [], relationships: opened.graph.relationships }
            : opened.graph;
        const counts =
          format === 'csv'
            ? await exportGraph(
                format,
                graph,
                part === 'nodes' ? sink : DISCARD,
                part === 'edges' ? sink : DISCARD,
              )
            : await exportGraph(format, graph, sink);
        res.end();
        await audit(db, {
          action: 'export',
          principal,
          operation: 'GET /export',
          targetIds: 'id' in scope ? [scope.id] : [],
          parameters: { format, ...scope, ...(format === 'csv' ? { part } : {}) },
          resultSize: counts.nodes + counts.relationships,
          outcome: 'ok',
        });
      } finally {
        await opened.close();
      }
    } catch (error) {
      const api = toApiError(error);
      const code = api?.code ?? 'INTERNAL';
      if (principal && db && code !== 'UNAUTHENTICATED') {
        await audit(db, {
          action: 'export',
          principal,
          operation: 'GET /export',
          parameters: { query: req.query },
          outcome: code === 'FORBIDDEN' ? 'denied' : 'error',
          errorCode: code,
        }).catch(() => {});
      }
      // Once the file has begun, a status can no longer be sent: cut the connection so nobody takes
      // a partial download for a whole one.
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (!api) console.error('Unexpected error in GET /export', error);
      res.status(STATUS[code] ?? 500).json({
        errors: [
          {
            message: api?.message ?? 'Internal server error',
            extensions: { code, details: api?.details ?? [] },
          },
        ],
      });
    }
  });
  return router;
}
