// Command-line options of `npm run loadtest`.
import { isScale, type ScaleName } from '../../seed/synthetic/scales.js';

export interface LoadTestArgs {
  /** --scale small|medium|large. Defaults to medium. */
  scale: ScaleName;
  /** --duration N seconds. Defaults to 120. */
  durationSeconds: number;
  /** --investigators N. Defaults to 16. */
  investigators: number;
  /** --batch N laptops per writer batch (3 items each). Defaults to 100. */
  batchSize: number;
}

export function parseLoadTestArgs(argv: readonly string[]): LoadTestArgs {
  const args: LoadTestArgs = { scale: 'medium', durationSeconds: 120, investigators: 16, batchSize: 100 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1] ?? '';
    const num = () => {
      const n = Number(value);
      if (!Number.isInteger(n) || n <= 0)
        throw new Error(`${flag} needs a positive whole number, got "${value}"`);
      i++;
      return n;
    };
    if (flag === '--scale') {
      if (!isScale(value)) throw new Error(`--scale must be small, medium or large, got "${value}"`);
      args.scale = value;
      i++;
    } else if (flag === '--duration') args.durationSeconds = num();
    else if (flag === '--investigators') args.investigators = num();
    else if (flag === '--batch') args.batchSize = num();
    else throw new Error(`unknown option "${flag}" (known: --scale, --duration, --investigators, --batch)`);
  }
  return args;
}
