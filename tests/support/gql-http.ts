// GraphQL over real HTTP for the resilience tests: one call that never throws, and a client that retries
// what the server calls retryable (and lost connections) with capped exponential backoff.
import { performance } from 'node:perf_hooks';

export interface GqlError {
  message: string;
  extensions?: { code?: string; retryable?: boolean; [key: string]: unknown };
}

export interface HttpAnswer {
  status: number;
  /** The parsed JSON body; undefined when there was none or it was not JSON. */
  body: { data?: Record<string, unknown> | null; errors?: GqlError[] } | undefined;
  ms: number;
  /** Set when no HTTP answer came (connection refused or reset). */
  networkError?: string;
}

export async function postGraphql(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
  rawBody?: string,
): Promise<HttpAnswer> {
  const t0 = performance.now();
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: rawBody ?? JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: HttpAnswer['body'];
    try {
      parsed = text ? (JSON.parse(text) as HttpAnswer['body']) : undefined;
    } catch {
      parsed = undefined;
    }
    return { status: response.status, body: parsed, ms: performance.now() - t0 };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { status: 0, body: undefined, ms: performance.now() - t0, networkError: cause ?? String(error) };
  }
}

export const codesOf = (answer: HttpAnswer): string[] =>
  (answer.body?.errors ?? []).map((e) => String(e.extensions?.code ?? 'NO_CODE'));

/**
 * No answer, a 503, or errors the server itself marks retryable: the same request may succeed later.
 * `alsoRetry` adds codes an idempotent caller may retry too (an upsert that hit QUERY_TIMEOUT on a cold or
 * overloaded database: docs/resilience.md).
 */
export function isRetryable(answer: HttpAnswer, alsoRetry: readonly string[] = []): boolean {
  if (answer.networkError || answer.status === 503) return true;
  const errors = answer.body?.errors ?? [];
  return (
    errors.length > 0 &&
    errors.every((e) => e.extensions?.retryable === true || alsoRetry.includes(String(e.extensions?.code)))
  );
}

export interface RetryOptions {
  /** Give up (return the last answer) after this long. */
  deadlineMs: number;
  /** First backoff delay, doubled per attempt up to maxDelayMs. Defaults to 100. */
  initialDelayMs?: number;
  /** Defaults to 2_000. */
  maxDelayMs?: number;
  /** Sees every answer that will be retried. */
  onRetry?: (answer: HttpAnswer) => void;
  /** Further codes to retry (see isRetryable). */
  alsoRetry?: readonly string[];
}

/** Posts until the answer is not retryable (success or a permanent error) or the deadline passes. */
export async function postWithRetry(
  url: string,
  body: unknown,
  headers: Record<string, string>,
  options: RetryOptions,
): Promise<HttpAnswer> {
  const deadline = Date.now() + options.deadlineMs;
  let delay = options.initialDelayMs ?? 100;
  for (;;) {
    const answer = await postGraphql(url, body, headers);
    if (!isRetryable(answer, options.alsoRetry) || Date.now() > deadline) return answer;
    options.onRetry?.(answer);
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, options.maxDelayMs ?? 2_000);
  }
}

export const UPSERT = `mutation Upsert($input: UpsertInput!) {
  upsertEntities(input: $input) {
    entities { created updated unchanged }
    relationships { created updated unchanged }
  }
}`;
