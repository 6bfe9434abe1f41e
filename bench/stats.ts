// Latency statistics: an HDR histogram in microseconds, summarised as throughput and percentiles.
import * as hdr from 'hdr-histogram-js';

export type Histogram = hdr.Histogram;

/** One measured series, in milliseconds (latencies) and operations per second (throughput). */
export interface Summary {
  count: number;
  errors: number;
  elapsedMs: number;
  /** Operations per second over the measured window (all workers together). */
  throughput: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
}

// Microseconds up to ten minutes with three significant digits: 0.1 % error, whatever the magnitude.
export function newHistogram(): Histogram {
  return hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 600_000_000,
    numberOfSignificantValueDigits: 3,
  });
}

/** Records one latency given in milliseconds (a sub-microsecond one counts as 1 µs). */
export function recordMs(h: Histogram, ms: number): void {
  h.recordValue(Math.max(1, Math.round(ms * 1000)));
}

const round = (v: number, digits = 2) => Number(v.toFixed(digits));

export function summarize(h: Histogram, elapsedMs: number, errors = 0): Summary {
  const count = h.totalCount;
  const at = (p: number) => (count === 0 ? 0 : round(h.getValueAtPercentile(p) / 1000));
  return {
    count,
    errors,
    elapsedMs: Math.round(elapsedMs),
    throughput: elapsedMs > 0 ? round((count * 1000) / elapsedMs, 1) : 0,
    meanMs: count === 0 ? 0 : round(h.mean / 1000),
    p50Ms: at(50),
    p95Ms: at(95),
    p99Ms: at(99),
    maxMs: count === 0 ? 0 : round(h.maxValue / 1000),
  };
}

/** a / b, or null when either side is missing or b is zero: a ratio of nothing is not 0. */
export function ratio(a: number | undefined, b: number | undefined): number | null {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0)
    return null;
  return round(a / b, 2);
}
