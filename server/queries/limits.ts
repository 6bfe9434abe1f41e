// How long and how much one analyst query may take: defaults, and the ceilings a caller cannot exceed.

/** Time limit of one query, in milliseconds. Defaults to 10_000 (ten seconds). */
export const DEFAULT_TIMEOUT_MS = 10_000;
/** The longest time limit a caller may ask for. Defaults to 60_000 (one minute). */
export const MAX_TIMEOUT_MS = 60_000;
/** Rows returned before the result is cut and marked truncated. Defaults to 1_000. */
export const DEFAULT_MAX_ROWS = 1_000;
/** The most rows a caller may ask for. Defaults to 10_000. */
export const MAX_MAX_ROWS = 10_000;

export interface QueryLimits {
  timeoutMs: number;
  maxRows: number;
}

const clamp = (value: number | null | undefined, fallback: number, max: number): number =>
  value === null || value === undefined || !Number.isFinite(value)
    ? fallback
    : Math.min(Math.max(1, Math.floor(value)), max);

/** The limits a run gets: what the caller asked for, within the ceilings. */
export function resolveLimits(asked: Partial<Record<keyof QueryLimits, number | null>> = {}): QueryLimits {
  return {
    timeoutMs: clamp(asked.timeoutMs, DEFAULT_TIMEOUT_MS, MAX_TIMEOUT_MS),
    maxRows: clamp(asked.maxRows, DEFAULT_MAX_ROWS, MAX_MAX_ROWS),
  };
}
