// `threadline export`: the investigators' view of the graph as GraphML, GEXF, Cytoscape JSON, CSV or JSON Lines.
import type { Command } from 'commander';
import { badInput } from '../../server/errors/threadline-error.js';
import {
  EXPORT_FORMATS,
  type ExportFormat,
  exportGraph,
  FILE_EXTENSIONS,
} from '../../server/interop/export-graph.js';
import { fileSink } from '../../server/interop/file-sink.js';
import { readGraph } from '../../server/interop/read-graph.js';
import { connectCli } from '../connect.js';

function formatOption(value: string): ExportFormat {
  if (!(EXPORT_FORMATS as readonly string[]).includes(value)) {
    throw badInput(`--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${value}"`);
  }
  return value as ExportFormat;
}

export function register(program: Command): void {
  program
    .command('export')
    .description('Export every entity and relationship that is not retracted or merged away')
    .requiredOption('--format <format>', EXPORT_FORMATS.join(' | '), formatOption)
    .option(
      '--out <file>',
      'output file (CSV writes <name>-nodes.csv and <name>-edges.csv)',
      'threadline-export',
    )
    .action(async (options: { format: ExportFormat; out: string }) => {
      const { db, close } = await connectCli((line) => console.error(line));
      const base = options.out.replace(/\.[a-z]+$/, '');
      const main = fileSink(
        options.format === 'csv' ? `${base}-nodes.csv` : `${base}${FILE_EXTENSIONS[options.format]}`,
      );
      const edges = options.format === 'csv' ? fileSink(`${base}-edges.csv`) : undefined;
      const reader = readGraph(db, 'entities');
      try {
        const counts = await exportGraph(options.format, reader, main, edges);
        console.log(
          `export: ${counts.nodes} nodes and ${counts.relationships} relationships as ${options.format}`,
        );
      } finally {
        await main.close();
        await edges?.close();
        await reader.close();
        await close();
      }
    });
}
