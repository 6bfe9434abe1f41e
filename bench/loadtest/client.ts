// The load test's client: the shared bench client (bench/http-client.ts), which classifies every answer (ok, or
// the error code) rather than throwing, so errors are counted, never lost.
import { type AnsweringClient, answeringClient } from '../http-client.js';

export type { Answer } from '../http-client.js';
export type LoadClient = AnsweringClient;

/** A client for `baseUrl`'s /graphql; `headers` (credentials) go with every request. */
export const loadClient = (baseUrl: string, headers: Record<string, string> = {}): LoadClient =>
  answeringClient(new URL('/graphql', baseUrl).href, headers);
