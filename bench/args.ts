// Command-line options of `npm run bench`: scale, per-workload bounds, which workload groups to run.
import { isScale, type ScaleName } from '../seed/synthetic/scales.js';

export const GROUPS = ['ingest', 'expand', 'reads', 'ui'] as const;
export type Group = (typeof GROUPS)[number];

export interface BenchArgs {
  /** --scale small|medium|large. Defaults to small. */
  scale: ScaleName;
  /**
   * --warmup N calls before measuring. Defaults to 100: with 20, the first side measured (Threadline's expand)
   * still ran on a cold plan (large world: p95 28 ms after 20 warm-up calls, 15 ms after 200).
   */
  warmup: number;
  /** --calls N: most measured calls per workload. Defaults to 400. */
  calls: number;
  /** --seconds N: most measured seconds per workload. Defaults to 12. */
  seconds: number;
  /** --only ingest,expand,reads,ui. Defaults to all. */
  only: Group[];
  /** --seed-only: load the world into the bench store (resuming an interrupted load), then stop. */
  seedOnly: boolean;
  /** --max-load-minutes N: stop loading the world after N minutes and measure what is loaded. */
  maxLoadMinutes: number;
}

export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = {
    scale: 'small',
    warmup: 100,
    calls: 400,
    seconds: 12,
    only: [...GROUPS],
    seedOnly: false,
    maxLoadMinutes: Number.POSITIVE_INFINITY,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1] ?? '';
    const num = () => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} needs a whole number, got "${value}"`);
      i++;
      return n;
    };
    if (flag === '--scale') {
      if (!isScale(value)) throw new Error(`--scale must be small, medium or large, got "${value}"`);
      args.scale = value;
      i++;
    } else if (flag === '--seed-only') args.seedOnly = true;
    else if (flag === '--max-load-minutes') args.maxLoadMinutes = num();
    else if (flag === '--warmup') args.warmup = num();
    else if (flag === '--calls') args.calls = num();
    else if (flag === '--seconds') args.seconds = num();
    else if (flag === '--only') {
      const groups = value.split(',');
      for (const g of groups)
        if (!(GROUPS as readonly string[]).includes(g)) throw new Error(`--only: unknown group "${g}"`);
      args.only = groups as Group[];
      i++;
    } else
      throw new Error(
        `unknown option "${flag}" (known: --scale, --warmup, --calls, --seconds, --only, --seed-only, --max-load-minutes)`,
      );
  }
  return args;
}
