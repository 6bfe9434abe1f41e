// `threadline export`: the whole graph, a saved investigation, a cluster or a saved query's result as
// GraphML, GEXF, Cytoscape JSON, CSV or Threadline JSON Lines.
import type { Command } from 'commander';
import { terminalProgress } from '../../importers/shared/progress.js';
import { badInput } from '../../server/errors/threadline-error.js';
import { LOCAL_ADMIN } from '../../server/graphql/create-context.js';
import {
  EXPORT_FORMATS,
  type ExportFormat,
  exportGraph,
  FILE_EXTENSIONS,
} from '../../server/interop/export-graph.js';
import { fileSink } from '../../server/interop/file-sink.js';
import { countEntities, openExport } from '../../server/interop/open-export.js';
import { checkScope, type ExportScope } from '../../server/interop/scope/export-scope.js';
import { storedRelationshipCount, tickingGraph } from '../../server/interop/ticking-graph.js';
import { parseParamPairs } from '../../server/queries/param-text.js';
import { findSavedQuery } from '../../server/queries/saved-queries.js';
import { canUnmask } from '../../server/read/privacy.js';
import type { GraphDb } from '../../server/runtime/graph-db.js';
import { connectCli } from '../connect.js';

function formatOption(value: string): ExportFormat {
  if (!(EXPORT_FORMATS as readonly string[]).includes(value)) {
    throw badInput(`--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${value}"`);
  }
  return value as ExportFormat;
}

interface ExportOptions {
  format: ExportFormat;
  out: string;
  investigation?: string;
  cluster?: string;
  query?: string;
  param: string[];
}

/** The scope the options name (at most one of them); the whole graph when none does. */
async function scopeOf(db: GraphDb, options: ExportOptions): Promise<ExportScope> {
  const named = [options.investigation, options.cluster, options.query].filter((v) => v !== undefined);
  if (named.length > 1) throw badInput('Give at most one of --investigation, --cluster and --query');
  if (options.param.length > 0 && !options.query) throw badInput('--param applies to --query only');
  if (options.investigation) return checkScope({ kind: 'investigation', id: options.investigation });
  if (options.cluster) return checkScope({ kind: 'cluster', id: options.cluster });
  if (options.query) {
    const declared = (await findSavedQuery(db, options.query)).parameters;
    return checkScope({
      kind: 'query',
      name: options.query,
      params: parseParamPairs(options.param, declared),
    });
  }
  return { kind: 'all' };
}

export function register(program: Command): void {
  program
    .command('export')
    .description(
      'Export entities and relationships (not retracted or merged away): the whole graph, an investigation, a cluster or a query result',
    )
    .requiredOption('--format <format>', EXPORT_FORMATS.join(' | '), formatOption)
    .option(
      '--out <file>',
      'output file (CSV writes <name>-nodes.csv and <name>-edges.csv)',
      'threadline-export',
    )
    .option('--investigation <id>', 'a saved investigation: the entities and relationships on its canvas')
    .option('--cluster <id>', "a front company's network (its id) or a detected community (com:… id)")
    .option('--query <name>', "a saved query's result: the nodes and relationships its rows hold")
    .option(
      '-p, --param <name=value>',
      'a parameter of --query (repeatable)',
      (v: string, all: string[]) => [...all, v],
      [],
    )
    .addHelpText(
      'after',
      '\nExamples:\n  threadline export --format graphml --out everything\n' +
        '  threadline export --format gexf --cluster frc_… --out silverstar\n' +
        '  threadline export --format jsonl --investigation inv_…\n' +
        '  threadline export --format csv --query laptop-farms --param minWorkers=3\nSee docs/interop.md.',
    )
    .action(async (options: ExportOptions) => {
      const { db, close } = await connectCli((line) => console.error(line));
      try {
        const scope = await scopeOf(db, options);
        const bar = terminalProgress();
        // The whole graph streams: its total is known from counts up front, a bounded scope's once read.
        const total =
          scope.kind === 'all' ? (await countEntities(db)) + (await storedRelationshipCount(db)) : 0;
        const opened = await openExport(db, scope, { unmask: canUnmask(LOCAL_ADMIN) });
        const base = options.out.replace(/\.[a-z]+$/, '');
        const main = fileSink(
          options.format === 'csv' ? `${base}-nodes.csv` : `${base}${FILE_EXTENSIONS[options.format]}`,
        );
        const edges = options.format === 'csv' ? fileSink(`${base}-edges.csv`) : undefined;
        try {
          bar.start('export', opened.size ? opened.size.nodes + opened.size.relationships : total);
          const graph = tickingGraph(opened.graph, () => bar.advance(1));
          const counts = await exportGraph(options.format, graph, main, edges);
          bar.stop();
          console.log(
            `export: ${counts.nodes} nodes and ${counts.relationships} relationships as ${options.format}` +
              (opened.truncated ? ' (the scope was capped: truncated)' : ''),
          );
        } finally {
          bar.stop();
          await main.close();
          await edges?.close();
          await opened.close();
        }
      } finally {
        await close();
      }
    });
}
