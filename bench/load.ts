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
 * Two operations measured side by side at concurrency 1: warm-ups of both first, then a, b, a, b, … so both
 * see the same machine (page cache, JIT, store size) instead of the second one running on what the first one
 * warmed. Each side's throughput is its calls over the time spent in its own calls.
 */
export async function runPaired(
  options: LoadOptions,
  a: (i: number) => Promise<unknown>,
  b: (i: number) => Promise<unknown>,
): Promise<[LoadResult, LoadResult]> {
  const sides = [a, b].map((call) => ({
    call,
    histogram: newHistogram(),
    busyMs: 0,
    errors: 0,
    firstError: undefined as string | undefined,
  }));
  let next = 0;
  for (let i = 0; i < options.warmup; i++) for (const side of sides) await side.call(next++).catch(() => {});
  const deadline = performance.now() + options.maxMs;
  for (let i = 0; i < options.maxCalls && performance.now() < deadline; i++) {
    for (const side of sides) {
      const t0 = performance.now();
      try {
        await side.call(next++);
        recordMs(side.histogram, performance.now() - t0);
      } catch (error) {
        side.errors++;
        side.firstError ??= (error as Error).message.slice(0, 300);
      }
      side.busyMs += performance.now() - t0;
    }
  }
  const [ra, rb] = sides.map((s) => {
    const summary = summarize(s.histogram, s.busyMs, s.errors);
    return s.firstError ? { ...summary, firstError: s.firstError } : summary;
  });
  return [ra as LoadResult, rb as LoadResult];
}
