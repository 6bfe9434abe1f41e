// The bench harness's statistics: percentiles, throughput and ratios from recorded latencies (nothing timed).
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../bench/args.js';
import { newHistogram, ratio, recordMs, summarize } from '../../bench/stats.js';

describe('bench statistics', () => {
  it('reports percentiles in milliseconds within the histogram precision', () => {
    const h = newHistogram();
    for (let i = 1; i <= 1000; i++) recordMs(h, i / 10); // 0.1 ms … 100 ms, uniform
    const s = summarize(h, 2000);
    expect(s.count).toBe(1000);
    expect(s.p50Ms).toBeCloseTo(50, 0);
    expect(s.p95Ms).toBeCloseTo(95, 0);
    expect(s.p99Ms).toBeCloseTo(99, 0);
    expect(s.maxMs).toBeCloseTo(100, 0);
    expect(s.meanMs).toBeCloseTo(50.05, 0);
  });

  it('computes throughput from the count and the measured window', () => {
    const h = newHistogram();
    for (let i = 0; i < 300; i++) recordMs(h, 5);
    expect(summarize(h, 1500).throughput).toBe(200);
  });

  it('keeps sub-microsecond latencies as 1 µs rather than dropping them', () => {
    const h = newHistogram();
    recordMs(h, 0.0001);
    expect(summarize(h, 1).count).toBe(1);
    expect(summarize(h, 1).p50Ms).toBe(0);
  });

  it('summarises an empty series as zeros, with the errors counted', () => {
    const s = summarize(newHistogram(), 0, 3);
    expect(s).toMatchObject({ count: 0, errors: 3, throughput: 0, p50Ms: 0, p99Ms: 0, maxMs: 0 });
  });

  it('gives no ratio when a side is missing or zero', () => {
    expect(ratio(10, 4)).toBe(2.5);
    expect(ratio(undefined, 4)).toBeNull();
    expect(ratio(4, 0)).toBeNull();
    expect(ratio(Number.NaN, 1)).toBeNull();
  });
});

describe('bench arguments', () => {
  it('defaults to the small scale and every workload group', () => {
    expect(parseArgs([])).toMatchObject({ scale: 'small', only: ['ingest', 'expand', 'reads', 'ui'] });
  });

  it('rejects an unknown scale or group', () => {
    expect(() => parseArgs(['--scale', 'huge'])).toThrow(/scale/);
    expect(() => parseArgs(['--only', 'expand,nope'])).toThrow(/nope/);
  });
});
