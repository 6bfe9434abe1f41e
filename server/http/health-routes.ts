// /healthz (the process is alive) and /readyz (it can serve requests: Neo4j up, schema applied).
import { Router } from 'express';
import type { Readiness } from './readiness.js';

export function healthRoutes(readiness: Readiness): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const report = await readiness.check();
    res.set('Cache-Control', 'no-store');
    if (report.ready) {
      res.json({ status: 'ready', neo4j: report.neo4j, schema: report.schema });
    } else {
      res
        .status(503)
        .json({ status: 'not-ready', neo4j: report.neo4j, schema: report.schema, reason: report.reason });
    }
  });
  return router;
}
