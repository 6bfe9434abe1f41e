// `threadline query <name>` (npm run query): runs a saved query, or ad-hoc Cypher, and prints the rows.
import type { Command } from 'commander';
import { badInput } from '../../server/errors/threadline-error.js';
import { FORMATS, type Format, formatResult, formatTable } from '../../server/queries/format-rows.js';
import { queryLibraryFor } from '../../server/queries/library-cache.js';
import { parseParamPairs } from '../../server/queries/param-text.js';
import {
  findSavedQuery,
  listSavedQueries,
  runCypher,
  runSavedQuery,
} from '../../server/queries/saved-queries.js';
import type { GraphDb } from '../../server/runtime/graph-db.js';
import { connectCli } from '../connect.js';

interface QueryOptions {
  param: string[];
  format: Format;
  list?: boolean;
  cypher?: string;
  maxRows?: string;
  timeout?: string;
}

function formatOption(value: string): Format {
  if (!(FORMATS as readonly string[]).includes(value))
    throw badInput(`--format must be one of ${FORMATS.join(', ')}`);
  return value as Format;
}

async function list(db: GraphDb): Promise<string> {
  const queries = await listSavedQueries(db);
  const rows = queries.map((q) => ({
    name: q.name,
    source: q.source,
    parameters: q.parameters.map((p) => `${p.name}${p.required ? '*' : ''}:${p.type}`).join(' '),
    title: q.title,
  }));
  const problems = (await queryLibraryFor(db)).problems.map(
    (p) => `skipped ${p.file}: ${p.code}: ${p.message}`,
  );
  const table = formatTable({
    columns: ['name', 'source', 'parameters', 'title'],
    rows,
    graph: null,
    truncated: false,
    elapsedMs: 0,
  });
  return [table.split('\n').slice(0, -1).join('\n'), ...problems].join('\n');
}

async function run(name: string | undefined, options: QueryOptions, db: GraphDb): Promise<string> {
  if (options.list) return list(db);
  const limits = {
    maxRows: options.maxRows ? Number(options.maxRows) : null,
    timeoutMs: options.timeout ? Number(options.timeout) : null,
  };
  if (options.cypher) {
    return formatResult(
      await runCypher(db, options.cypher, parseParamPairs(options.param), limits),
      options.format,
    );
  }
  if (!name) throw badInput('Name a saved query (see --list), or pass --cypher');
  const query = await findSavedQuery(db, name);
  const params = parseParamPairs(options.param, query.parameters);
  return formatResult(await runSavedQuery(db, name, params, limits), options.format);
}

export function register(program: Command): void {
  program
    .command('query')
    .description('Run a saved query (cypher/queries or stored) or ad-hoc read-only Cypher')
    .argument('[name]', 'saved query name, e.g. laptop-farms')
    .option(
      '-p, --param <name=value>',
      'a parameter (repeatable)',
      (v: string, all: string[]) => [...all, v],
      [],
    )
    .option('-f, --format <format>', `output: ${FORMATS.join(' | ')}`, formatOption, 'table')
    .option('-l, --list', 'list the saved queries and any file skipped at load')
    .option('-c, --cypher <cypher>', 'run this ad-hoc Cypher instead of a saved query')
    .option('--max-rows <n>', 'row cap (default 1000, at most 10000)')
    .option('--timeout <ms>', 'time limit in ms (default 10000, at most 60000)')
    .action(async (name: string | undefined, options: QueryOptions) => {
      const { db, close } = await connectCli((line) => console.error(line));
      try {
        console.log(await run(name, options, db));
      } finally {
        await close();
      }
    });
}
