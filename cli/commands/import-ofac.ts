// `threadline import-ofac <folder>`: imports an OFAC SDN snapshot (legacy CSV) and prints what changed.
import type { Command } from 'commander';
import { DEFAULT_BATCH_SIZE, importOfacSnapshot } from '../../importers/ofac/import-ofac.js';
import { readSnapshot } from '../../importers/ofac/read-snapshot.js';
import { formatReport } from '../../importers/ofac/report-text.js';
import { terminalProgress } from '../../importers/shared/progress.js';
import { badInput } from '../../server/errors/threadline-error.js';
import { connectCli } from '../connect.js';

function positiveInt(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 10_000) {
    throw badInput(`--batch-size must be an integer from 1 to 10000, not "${value}"`);
  }
  return parsed;
}

export function register(program: Command): void {
  program
    .command('import-ofac')
    .description('Import an OFAC SDN snapshot folder (sdn.csv, optional add.csv and alt.csv)')
    .argument('<folder>', 'folder holding the legacy CSV files, e.g. data/ofac-sdn/2024-05')
    .option('--as-of <date>', "the list's date (YYYY-MM or YYYY-MM-DD); default: from the folder name")
    .option('--batch-size <n>', `items per write transaction (default ${DEFAULT_BATCH_SIZE})`, positiveInt)
    .option('--all-issues', 'list every issue, not the first ten of each kind')
    .action(async (folder: string, options: { asOf?: string; batchSize?: number; allIssues?: boolean }) => {
      // The folder is read first: a wrong path fails at once, before a database is started.
      const started = performance.now();
      const snapshot = await readSnapshot(folder, options.asOf);
      const readMs = performance.now() - started;
      // Connection news goes to stderr: stdout carries the summary alone.
      const { db, close } = await connectCli((line) => console.error(line));
      try {
        const report = await importOfacSnapshot(db, snapshot, {
          readMs,
          batchSize: options.batchSize,
          progress: terminalProgress(),
        });
        console.log(formatReport(report, { maxIssuesPerCode: options.allIssues ? Infinity : 10 }));
      } finally {
        await close();
      }
    });
}
