// The built UI (web/dist) at /, with the SPA fallback; without a build, / says how to make one.
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';

export const WEB_DIST = path.resolve(import.meta.dirname, '../../web/dist');

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>Threadline</title>
<h1>Threadline</h1><p>The web UI is not built yet. Run <code>npm run build:web</code> (or start with
<code>npm start</code>, which builds it) and reload. The GraphQL API is at <a href="/graphql">/graphql</a>.</p>`;

export function staticWeb(dist = WEB_DIST): Router {
  const router = Router();
  const index = path.join(dist, 'index.html');
  if (!existsSync(index)) {
    router.get('/', (_req, res) => {
      res.status(200).type('html').send(NOT_BUILT);
    });
    return router;
  }
  router.use(express.static(dist, { index: 'index.html', maxAge: '1h' }));
  // Client-side routes (/investigations/42) load the app, which then routes itself.
  router.get('/{*path}', (req, res, next) => {
    if (!req.accepts('html') || path.extname(req.path)) return next();
    res.set('Cache-Control', 'no-cache').sendFile(index);
  });
  return router;
}
