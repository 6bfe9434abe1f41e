// CORS: only the origins in THREADLINE_CORS_ORIGINS may call the API from a browser; by default none, so
// only the UI served from the same origin can (browsers need no CORS for same-origin requests).
import cors from 'cors';
import type { RequestHandler } from 'express';

/** Comma-separated origins, e.g. `https://workbench.example.org,http://localhost:5173`. Default: none. */
export const CORS_ORIGINS_ENV = 'THREADLINE_CORS_ORIGINS';

export function corsOriginsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env[CORS_ORIGINS_ENV] ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter(Boolean);
}

/** Allowed origins get CORS headers (credentials included); any other origin gets none, so browsers block it. */
export function corsAllowList(origins: readonly string[] = corsOriginsFromEnv()): RequestHandler {
  const allowed = new Set(origins);
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    credentials: true,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: [
      'content-type',
      'authorization',
      'apollo-require-preflight',
      'x-apollo-operation-name',
      'x-threadline-origin',
    ],
    exposedHeaders: ['retry-after', 'ratelimit-limit', 'ratelimit-remaining', 'content-disposition'],
    maxAge: 600,
  });
}
