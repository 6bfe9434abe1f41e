// The express app: health probes, GraphQL at /graphql, the built UI at /.
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import { authRoutes, LOGIN_BODY } from '../auth/auth-routes.js';
import { Authenticator } from '../auth/authenticator.js';
import { authGate } from '../auth/http-gate.js';
import { publicRequest } from '../auth/public-paths.js';
import type { GraphQLContext } from '../graphql/context.js';
import { contextFactory } from '../graphql/create-context.js';
import { availabilityGate } from './availability-gate.js';
import { corsAllowList } from './cors.js';
import { documentNestingLimit } from './document-nesting.js';
import { exportRoute } from './export-route.js';
import { exportRouteOptions } from './export-route-options.js';
import { healthRoutes } from './health-routes.js';
import { bodyParserErrors, lastResortErrors } from './json-errors.js';
import { createRateLimits, type RateLimitConfig, trustProxyFromEnv } from './rate-limit.js';
import type { Readiness } from './readiness.js';
import { securityHeaders } from './security-headers.js';
import { staticWeb, WEB_DIST } from './static-web.js';
import { wellFormedBody } from './well-formed-body.js';

/** Largest request body accepted: a full 10,000-item batch fits with room. Defaults to 16 MB. */
export const MAX_BODY = '16mb';

export interface AppOptions {
  apollo: ApolloServer<GraphQLContext>;
  readiness: Readiness;
  /** Folder of the built UI; defaults to web/dist. */
  webDist?: string;
  /** Mounted before the UI, e.g. Vite's dev middleware. */
  beforeWeb?: express.RequestHandler[];
  /** Defaults to the THREADLINE_RATE_LIMIT* variables. */
  rateLimits?: RateLimitConfig;
  /** Sessions, API keys and OIDC; defaults to one configured from the environment (server/auth). */
  authenticator?: Authenticator;
}

/** The API's paths: CORS and rate limits apply here, not to probes or the UI's files. */
const API_PATHS = ['/graphql', '/auth', '/export'];

/** Call after `apollo.start()`. */
export function createApp(options: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxyFromEnv());
  // No CSP in development: Vite's dev middleware injects inline scripts and a websocket.
  app.use(securityHeaders({ csp: !options.beforeWeb?.length }));
  app.use(healthRoutes(options.readiness));
  app.use(API_PATHS, corsAllowList());
  // While Neo4j is known to be away, answer 503 at once: authentication would wait on the database too.
  app.use(API_PATHS, availabilityGate(options.readiness));
  const limits = createRateLimits(options.rateLimits);
  app.use(API_PATHS, limits.beforeAuth);
  // Every request but the probes, /auth and the UI's files needs credentials: 401 here, before any handler.
  const auth = options.authenticator ?? new Authenticator();
  const getDb = () => options.readiness.database;
  const isPublic = publicRequest({ webDist: options.webDist ?? WEB_DIST, dev: !!options.beforeWeb?.length });
  app.use(authGate({ auth, getDb, isPublic }));
  // Keyed by the principal the auth gate resolved (the gate comes first), else by IP address.
  app.use(API_PATHS, limits.afterAuth);
  app.use(authRoutes({ auth, getDb }));
  app.use('/auth', bodyParserErrors({ limit: LOGIN_BODY, tooLargeCode: 'BAD_USER_INPUT' }));
  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY }),
    bodyParserErrors({ limit: MAX_BODY, tooLargeCode: 'BATCH_TOO_LARGE', hint: 'split the batch' }),
    wellFormedBody(),
    documentNestingLimit(),
    expressMiddleware(options.apollo, { context: contextFactory(getDb, auth) }),
  );
  app.use(exportRoute(exportRouteOptions(() => options.readiness.database)));
  for (const handler of options.beforeWeb ?? []) app.use(handler);
  app.use(staticWeb(options.webDist));
  app.use(lastResortErrors());
  return app;
}
