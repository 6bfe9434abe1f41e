// The Apollo server: our schema, error formatting, query limits and CSRF prevention.
import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { GraphQLSchema } from 'graphql';
import type { GraphQLContext } from './context.js';
import { createFormatError, type ErrorLogger } from './errors/format-error.js';
import { unavailableStatusPlugin } from './errors/unavailable-status.js';
import { auditPlugin } from './plugins/audit-plugin.js';
import { queryLimitsRule } from './rules/query-limits.js';

/** Tokens a GraphQL document may have before parsing stops with GRAPHQL_PARSE_FAILED. */
export const MAX_DOCUMENT_TOKENS = 10_000;

export interface ApolloOptions {
  schema: GraphQLSchema;
  /** Drained on stop, so in-flight requests finish before the driver closes. */
  httpServer?: Server;
  logError?: ErrorLogger;
  /** How long stop() lets in-flight requests finish before cutting connections. Apollo's default: 10_000. */
  drainMs?: number;
}

export function createApolloServer(options: ApolloOptions): ApolloServer<GraphQLContext> {
  const plugins: ApolloServerPlugin<GraphQLContext>[] = [
    unavailableStatusPlugin(),
    auditPlugin(),
    // Apollo installs cache control by default: a willResolveField hook on every field of every answer, to
    // compute Cache-Control hints nobody uses (the API is POST, no @cacheControl). An expand resolves ~5,000
    // fields; the hook showed in the server's CPU profile (docs/performance.md).
    ApolloServerPluginCacheControlDisabled(),
  ];
  if (options.httpServer) {
    plugins.push(
      ApolloServerPluginDrainHttpServer({
        httpServer: options.httpServer,
        ...(options.drainMs === undefined ? {} : { stopGracePeriodMillis: options.drainMs }),
      }),
    );
  }
  return new ApolloServer<GraphQLContext>({
    schema: options.schema,
    formatError: createFormatError(options.logError),
    validationRules: [queryLimitsRule()],
    // The parser recurses per nesting level: a 20,000-deep document overflowed the stack (found by the fuzz
    // test). No real operation comes near this many tokens; batches travel in variables, not in the text.
    parseOptions: { maxTokens: MAX_DOCUMENT_TOKENS },
    // Apollo's default, stated because it matters: GETs and simple POSTs need a preflight-forcing header.
    csrfPrevention: true,
    // No client uses automatic persisted queries; with them on, a hash that does not match its query was an
    // INTERNAL_SERVER_ERROR (found by the fuzz test). Off, any persistedQuery extension gets
    // PERSISTED_QUERY_NOT_SUPPORTED.
    persistedQueries: false,
    includeStacktraceInErrorResponses: false,
    // main.ts owns SIGINT/SIGTERM: it drains HTTP, stops Apollo, then closes Neo4j, in that order.
    stopOnTerminationSignals: false,
    plugins,
  });
}
