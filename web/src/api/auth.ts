// Authentication (docs/graphql-contract.md, "Authentication, roles and unmasking victims"): the session cookie
// endpoints, the audited unmaskEntity mutation, and a watch that reports any 401 from the API.
import { graphql } from './__generated__/gql.js';
import type { UnmaskMutation } from './__generated__/graphql.js';
import { GraphQLRequestError, gql } from './client.js';

export interface SessionUser {
  username: string;
  roles: string[];
  via?: string;
}

interface ErrorBody {
  errors?: { message?: string; extensions?: { code?: string } }[];
}

async function errorOf(response: Response, fallback: string): Promise<GraphQLRequestError> {
  const body = (await response.json().catch(() => ({}))) as ErrorBody;
  const first = body.errors?.[0];
  return new GraphQLRequestError(
    first?.message ?? fallback,
    first?.extensions?.code ?? `HTTP_${response.status}`,
  );
}

/**
 * Who the browser's session belongs to, or null when there is none (401). 'open': the server has no
 * /auth/me at all (404: a server from before authentication), so there is nobody to sign in as.
 */
export async function me(): Promise<SessionUser | null | 'open'> {
  const response = await fetch('/auth/me', { headers: { accept: 'application/json' } });
  if (response.status === 401) return null;
  if (response.status === 404) return 'open';
  if (!response.ok) throw await errorOf(response, `HTTP ${response.status} from /auth/me`);
  return (await response.json()) as SessionUser;
}

/** Signs in; wrong credentials throw with code INVALID_CREDENTIALS (RATE_LIMITED after repeated failures). */
export async function login(username: string, password: string): Promise<SessionUser> {
  const response = await fetch('/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw await errorOf(response, `HTTP ${response.status} from /auth/login`);
  return (await response.json()) as SessionUser;
}

export async function logout(): Promise<void> {
  await fetch('/auth/logout', { method: 'POST' });
}

const UnmaskDocument = graphql(`
  mutation Unmask($id: ID!, $purpose: String!) {
    unmaskEntity(id: $id, purpose: $purpose) {
      id
      kind
      caption
      properties
      unmasked
      purpose
    }
  }
`);

/** `properties` is the JSON scalar: every stored property, personal ones included. */
export type UnmaskedEntity = Omit<UnmaskMutation['unmaskEntity'], 'properties'> & {
  properties: Record<string, unknown>;
};

/** Reveals a victim's personal fields for one stated purpose (audited); never cached or put on the canvas. */
export async function unmaskEntity(id: string, purpose: string): Promise<UnmaskedEntity> {
  const { unmaskEntity: found } = await gql(UnmaskDocument, { id, purpose });
  return { ...found, properties: (found.properties ?? {}) as Record<string, unknown> };
}

/**
 * Calls `onUnauthenticated` whenever an API request (GraphQL or export) answers 401, e.g. when the session
 * expired mid-work. A fetch wrapper, so every operation of the typed client is covered without each caller
 * checking; the auth endpoints themselves are left out (a wrong password is not an expired session).
 */
export function watchUnauthenticated(onUnauthenticated: () => void): void {
  const original = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const response = await original(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (response.status === 401 && !new URL(url, window.location.href).pathname.startsWith('/auth/'))
      onUnauthenticated();
    return response;
  };
}
