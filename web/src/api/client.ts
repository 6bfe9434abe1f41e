// The GraphQL client: one POST to /graphql per operation, typed by the generated operations, errors kept with
// their code.
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/** A GraphQL error as the server reports it: `code` is `extensions.code` (BAD_USER_INPUT, NOT_FOUND, …). */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly details: readonly { path?: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: {
    message: string;
    extensions?: { code?: string; details?: { path?: string; message: string }[] };
  }[];
}

/** Endpoint; tests and embedding pages may point it elsewhere. Defaults to same-origin `/graphql`. */
export const GRAPHQL_ENDPOINT = '/graphql';

/** A typed operation from web/src/api/__generated__ (graphql-codegen, documentMode string). */
export type TypedOperation<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & {
  toString(): string;
};

/** A generated operation: its result and variables are typed by the schema; variables only when it has some. */
export function gql<TResult, TVariables>(
  document: TypedOperation<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult>;
/** An operation as plain text, typed by the caller (prefer a generated operation). */
export function gql<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
export async function gql<T>(document: string | { toString(): string }, variables: unknown = {}): Promise<T> {
  const query = document.toString();
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables: variables ?? {} }),
    });
  } catch (error) {
    throw new GraphQLRequestError(`Server unreachable: ${(error as Error).message}`, 'NETWORK');
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new GraphQLRequestError(`HTTP ${response.status} without a GraphQL answer`, 'HTTP');
  }
  const first = body.errors?.[0];
  if (first) {
    throw new GraphQLRequestError(
      first.message,
      first.extensions?.code ?? 'ERROR',
      first.extensions?.details,
    );
  }
  if (!body.data) throw new GraphQLRequestError('Empty GraphQL answer', 'ERROR');
  return body.data;
}
