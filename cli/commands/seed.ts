// `threadline seed`: loads the public facts and a synthetic world of the chosen scale (npm run seed).
import type { Command } from 'commander';
import { seedProgressBar } from '../../seed/progress-bar.js';
import { seedPublicFacts, seedSynthetic } from '../../seed/seed-if-empty.js';
import { isScale, SCALE_NAMES, type ScaleName } from '../../seed/synthetic/scales.js';
import { badInput } from '../../server/errors/threadline-error.js';
import { connectCli } from '../connect.js';

function scaleOption(value: string): ScaleName {
  if (!isScale(value)) throw badInput(`--scale must be one of ${SCALE_NAMES.join(', ')}, not "${value}"`);
  return value;
}

function seedOption(value: string): number {
  const seed = Number(value);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw badInput(`--seed must be an integer from 0 to 4294967295, not "${value}"`);
  }
  return seed;
}

interface SeedOptions {
  scale: ScaleName;
  seed: number;
  publicOnly?: boolean;
}

export function register(program: Command): void {
  program
    .command('seed')
    .description(
      'Load the public facts and a deterministic synthetic world (idempotent: re-running changes nothing)',
    )
    .option(
      '--scale <scale>',
      `synthetic world size: ${SCALE_NAMES.join(' | ')} (≈2k, 100k, 1M nodes)`,
      scaleOption,
      'small',
    )
    .option('--seed <n>', 'random seed of the synthetic world', seedOption, 1)
    .option('--public-only', 'load the public facts only, no synthetic world')
    .action(async (options: SeedOptions) => {
      const log = (line: string) => console.log(line);
      const { db, close } = await connectCli((line) => console.error(line));
      try {
        await seedPublicFacts(db, log);
        if (options.publicOnly) return;
        const bar = seedProgressBar(`seed ${options.scale}`);
        const held: string[] = [];
        try {
          await seedSynthetic(db, {
            scale: options.scale,
            seed: options.seed,
            log: (line) => held.push(line),
            progress: (p) => bar.update(p),
          });
        } finally {
          bar.stop();
          for (const line of held) log(line);
        }
      } finally {
        await close();
      }
    });
}
