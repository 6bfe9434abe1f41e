// The load itself: N investigators (closed loop: search, expand, paths by the mix) and one integration
// writing upsert batches, all at once for a fixed time; latencies in HDR histograms, every error counted.
import { performance } from 'node:perf_hooks';
import { mulberry32 } from '../../seed/synthetic/rng.js';
import type { Samples } from '../samples.js';
import { type Histogram, newHistogram, recordMs, type Summary, summarize } from '../stats.js';
import type { LoadClient } from './client.js';
import { EXPAND, type InvestigatorOp, PATHS, pickOp, SEARCH, UPSERT } from './operations.js';
import { type WriterBatch, writerBatch } from './writer-batches.js';

export interface LoadTestOptions {
  investigators: number;
  durationMs: number;
  /** Laptops per writer batch (each with an address and a SHIPPED_TO): 3 × this many items. */
  batchSize: number;
  /** Natural-key prefix of everything the writer creates. */
  writerPrefix: string;
  seed?: number;
}

export type OpName = InvestigatorOp | 'upsert';

export interface OpResult extends Summary {
  /** Error codes and how often each came. */
  errorCodes: Record<string, number>;
  firstError?: string;
}

export interface LoadTestResult {
  elapsedMs: number;
  operations: Record<OpName, OpResult>;
  totalErrors: number;
  /** The writer's acknowledged batches (their ids, to check they landed exactly once). */
  writtenBatches: WriterBatch[];
  /** Every batch the writer sent, acknowledged or not (for clean-up). */
  sentBatches: WriterBatch[];
}

class Recorder {
  readonly histogram: Histogram = newHistogram();
  errors = 0;
  readonly codes: Record<string, number> = {};
  firstError: string | undefined;

  fail(code: string, message?: string): void {
    this.errors += 1;
    this.codes[code] = (this.codes[code] ?? 0) + 1;
    this.firstError ??= `${code}: ${(message ?? '').slice(0, 300)}`;
  }

  result(elapsedMs: number): OpResult {
    const summary = summarize(this.histogram, elapsedMs, this.errors);
    return {
      ...summary,
      errorCodes: this.codes,
      ...(this.firstError ? { firstError: this.firstError } : {}),
    };
  }
}

export async function runLoadTest(
  client: LoadClient,
  samples: Samples,
  options: LoadTestOptions,
): Promise<LoadTestResult> {
  const recorders: Record<OpName, Recorder> = {
    search: new Recorder(),
    expand: new Recorder(),
    paths: new Recorder(),
    upsert: new Recorder(),
  };
  const started = performance.now();
  const deadline = started + options.durationMs;
  const timed = async (op: OpName, call: () => ReturnType<LoadClient['post']>) => {
    const t0 = performance.now();
    const answer = await call();
    if (answer.ok) recordMs(recorders[op].histogram, performance.now() - t0);
    else recorders[op].fail(answer.code ?? 'UNKNOWN', answer.message);
    return answer;
  };

  const investigator = async (n: number) => {
    const rnd = mulberry32((options.seed ?? 1) * 1000 + n);
    const at = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)] as T;
    while (performance.now() < deadline) {
      const op = pickOp(rnd());
      if (op === 'search') await timed(op, () => client.post(SEARCH, { text: at(samples.words) }));
      else if (op === 'expand') await timed(op, () => client.post(EXPAND, { id: at(samples.starts) }));
      else {
        const [from, to] = at(samples.pairs);
        await timed(op, () => client.post(PATHS, { from, to }));
      }
    }
  };

  const writtenBatches: WriterBatch[] = [];
  const sentBatches: WriterBatch[] = [];
  const writer = async () => {
    for (let b = 0; performance.now() < deadline; b++) {
      const batch = writerBatch(options.writerPrefix, b, options.batchSize);
      sentBatches.push(batch);
      const answer = await timed('upsert', () => client.post(UPSERT, { input: batch.input }));
      if (answer.ok) writtenBatches.push(batch);
    }
  };

  await Promise.all([...Array.from({ length: options.investigators }, (_, n) => investigator(n)), writer()]);
  const elapsedMs = performance.now() - started;
  const operations = Object.fromEntries(
    Object.entries(recorders).map(([op, r]) => [op, r.result(elapsedMs)]),
  ) as Record<OpName, OpResult>;
  const totalErrors = Object.values(operations).reduce((sum, o) => sum + o.errors, 0);
  return { elapsedMs: Math.round(elapsedMs), operations, totalErrors, writtenBatches, sentBatches };
}
