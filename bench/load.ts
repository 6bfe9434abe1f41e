// The load loop: N workers call one operation after a warm-up, until a count or a time bound is reached.
import { performance } from 'node:perf_hooks';
import { newHistogram, recordMs, type Summary, summarize } from './stats.js';

export interface LoadOptions {
  /** Parallel callers, each waiting for its answer before the next call (closed loop). */
  concurrency: number;
  /** Calls made and thrown away first: JIT, plan cache and page cache warm-up. */
  warmup: number;
  /** Most measured calls. */
  maxCalls: number;
  /** Most measured time in milliseconds; whichever bound comes first ends the run. */
  maxMs: number;
}

export interface LoadResult extends Summary {
  firstError?: string;
}

/** `call(i)` gets a running index so workloads can pick their own inputs (start ids, pairs, batches). */
export async function runLoad(
  options: LoadOptions,
  call: (i: number) => Promise<unknown>,
): Promise<LoadResult> {
  let next = 0;
  for (let i = 0; i < options.warmup; i++) {
    await call(next++).catch(() => {});
  }
  const histogram = newHistogram();
  let errors = 0;
  let firstError: string | undefined;
  let measured = 0;
  const started = performance.now();
  const deadline = started + options.maxMs;
  const worker = async () => {
    while (measured < options.maxCalls && performance.now() < deadline) {
      measured++;
      const t0 = performance.now();
      try {
        await call(next++);
        recordMs(histogram, performance.now() - t0);
      } catch (error) {
        errors++;
        firstError ??= (error as Error).message.slice(0, 300);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const summary = summarize(histogram, performance.now() - started, errors);
  return firstError ? { ...summary, firstError } : summary;
}

/**
 * Operations measured side by side at concurrency 1: warm-ups of all first, then a, b, c, a, b, c, … so every
 * side sees the same machine (page cache, JIT, store size) instead of a later one running on what an earlier one
 * warmed. Measured: the same expand statement ran at 9.2 ms p50 over its first 600 calls and 2.9-3.3 ms after,
 * so a side measured first lost by up to 3×. Each round gives every side the same index `i` (the same sample,
 * or batches that differ only by the side's own prefix). Each side's throughput is its calls over the time
 * spent in its own calls.
 */
export async function runInterleaved(
  options: LoadOptions,
  calls: readonly ((i: number) => Promise<unknown>)[],
): Promise<LoadResult[]> {
  const sides = calls.map((call) => ({
    call,
    histogram: newHistogram(),
    busyMs: 0,
    errors: 0,
    firstError: undefined as string | undefined,
  }));
  let round = 0;
  for (; round < options.warmup; round++) for (const side of sides) await side.call(round).catch(() => {});
  const deadline = performance.now() + options.maxMs;
  for (let n = 0; n < options.maxCalls && performance.now() < deadline; n++, round++) {
    for (const side of sides) {
      const t0 = performance.now();
      try {
        await side.call(round);
        recordMs(side.histogram, performance.now() - t0);
      } catch (error) {
        side.errors++;
        side.firstError ??= (error as Error).message.slice(0, 300);
      }
      side.busyMs += performance.now() - t0;
    }
  }
  return sides.map((s) => {
    const summary = summarize(s.histogram, s.busyMs, s.errors);
    return s.firstError ? { ...summary, firstError: s.firstError } : summary;
  });
}
