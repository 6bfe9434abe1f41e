// Apollo's formatError: stable codes and details for known errors, INTERNAL (logged) for everything else.
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { rootCause, toApiError } from './to-api-error.js';

export type ErrorLogger = (message: string, error: unknown) => void;

/** A formatError that logs what it hides; `log` defaults to console.error. */
export function createFormatError(log: ErrorLogger = (m, e) => console.error(m, e)) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const cause = rootCause(error);
    const api = toApiError(cause);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    if (api) {
      return {
        ...base,
        message: api.message,
        extensions: { code: api.code, details: api.details, retryable: api.retryable },
      };
    }
    // GraphQL's and Apollo's own errors (parse, validation, bad variables, CSRF, GET mutation) are
    // already meant for the client; a rule of ours may have set a more precise code.
    if (cause instanceof GraphQLError) {
      const code = (cause.extensions.code as string | undefined) ?? formatted.extensions?.code;
      return { ...formatted, extensions: { ...formatted.extensions, code, retryable: false } };
    }
    log('Unexpected error in a GraphQL request', cause);
    return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL', retryable: false } };
  };
}
