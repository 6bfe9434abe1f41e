// `threadline import --format ftm|jsonl|csv [--mapping m.yaml] <file>`: one file through the write path.
import { access } from 'node:fs/promises';
import type { Command } from 'commander';
import { importCsv } from '../../importers/csv/import-csv.js';
import { loadMapping } from '../../importers/csv/mapping.js';
import { importFtm } from '../../importers/ftm/import-ftm.js';
import { importJsonl } from '../../importers/jsonl/import-jsonl.js';
import { formatImportReport } from '../../importers/jsonl/import-report.js';
import { DEFAULT_BATCH_SIZE } from '../../importers/jsonl/write-pool.js';
import { terminalProgress } from '../../importers/shared/progress.js';
import { badInput } from '../../server/errors/threadline-error.js';
import { connectCli } from '../connect.js';

const FORMATS = ['ftm', 'jsonl', 'csv'] as const;
type Format = (typeof FORMATS)[number];

function formatOption(value: string): Format {
  if (!(FORMATS as readonly string[]).includes(value)) {
    throw badInput(`--format must be one of ${FORMATS.join(', ')}, not "${value}"`);
  }
  return value as Format;
}

function batchSize(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 10_000)
    throw badInput(`--batch-size must be 1 to 10000, not "${value}"`);
  return n;
}

interface Options {
  format: Format;
  mapping?: string;
  batchSize?: number;
  allIssues?: boolean;
}

export function register(program: Command): void {
  program
    .command('import')
    .description('Import a FollowTheMoney, Threadline JSON Lines or mapped CSV file (idempotent)')
    .argument('<file>', 'the file to import')
    .requiredOption(
      '--format <format>',
      'ftm (FtM entities) | jsonl (a `threadline export`) | csv',
      formatOption,
    )
    .option('--mapping <file>', 'YAML mapping of CSV columns to entities and links (csv only)')
    .option('--batch-size <n>', `items per write transaction (default ${DEFAULT_BATCH_SIZE})`, batchSize)
    .option('--all-issues', 'list every issue, not the first ten of each kind')
    .addHelpText(
      'after',
      '\nExamples:\n  threadline import --format ftm entities.ftm.json\n' +
        '  threadline import --format jsonl threadline-export.jsonl\n' +
        '  threadline import --format csv --mapping manifest.yaml manifest.csv\nSee docs/interop.md.',
    )
    .action(async (file: string, options: Options) => {
      if (options.format === 'csv' && !options.mapping) throw badInput('--format csv needs --mapping <file>');
      if (options.format !== 'csv' && options.mapping)
        throw badInput('--mapping applies to --format csv only');
      // The mapping is checked before a database is started: a bad one fails at once.
      const mapping = options.mapping ? await loadMapping(options.mapping) : undefined;
      await access(file).catch(() => {
        throw badInput(`cannot read "${file}": no such file`);
      });
      const { db, close } = await connectCli((line) => console.error(line));
      try {
        const run = { progress: terminalProgress(), batchSize: options.batchSize };
        const report =
          options.format === 'ftm'
            ? await importFtm(db, file, run)
            : options.format === 'jsonl'
              ? await importJsonl(db, file, run)
              : await importCsv(db, file, mapping as NonNullable<typeof mapping>, run);
        console.log(formatImportReport(report, options.allIssues ? Infinity : 10));
      } finally {
        await close();
      }
    });
}
