// The errors of authentication and authorization, as GraphQL errors carrying their HTTP status.
import { GraphQLError } from 'graphql';
import { ThreadlineError } from '../errors/threadline-error.js';

/** A ThreadlineError wrapped so Apollo answers with `status` (formatError still reads the code). */
export function withStatus(cause: ThreadlineError, status: number): GraphQLError {
  return new GraphQLError(cause.message, { originalError: cause, extensions: { http: { status } } });
}

export const unauthenticated = (message = 'Sign in, or send an API key or token as Authorization: Bearer') =>
  new ThreadlineError('UNAUTHENTICATED', message);

export const forbidden = (message: string) => new ThreadlineError('FORBIDDEN', message);

/** The JSON body of an error answered outside GraphQL (HTTP routes), in GraphQL's error shape. */
export const errorBody = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }] });
