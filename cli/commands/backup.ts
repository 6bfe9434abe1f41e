// `threadline backup <file>` and `restore <file>`: the whole graph as portable JSON Lines, and back.
import type { Command } from 'commander';
import { terminalProgress } from '../../importers/shared/progress.js';
import { fileSink } from '../../server/interop/file-sink.js';
import { writeJsonl } from '../../server/interop/jsonl-format.js';
import { readGraph } from '../../server/interop/read-graph.js';
import { restoreJsonl } from '../../server/interop/restore.js';
import { storedRelationshipCount, tickingGraph } from '../../server/interop/ticking-graph.js';
import { connectCli } from '../connect.js';

const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');

export function register(program: Command): void {
  program
    .command('backup')
    .description(
      'Write the whole graph (entities, investigations, saved queries, history) to a JSON Lines file',
    )
    .argument('[file]', 'output file (default: threadline-backup-<date and time>.jsonl)')
    .action(async (given: string | undefined) => {
      const file = given ?? `threadline-backup-${stamp()}.jsonl`;
      const { db, close } = await connectCli((line) => console.error(line));
      const reader = readGraph(db, 'all');
      const sink = fileSink(file);
      const bar = terminalProgress();
      try {
        // Both totals come from the store's counts, instantly: the bar is exact for a backup.
        const nodes = Number((await db.read('MATCH (n) RETURN count(n) AS n')).records[0]?.get('n') ?? 0);
        bar.start('backup', nodes + (await storedRelationshipCount(db)));
        const counts = await writeJsonl(
          tickingGraph(reader, () => bar.advance(1)),
          sink,
          'all',
        );
        bar.stop();
        console.log(
          `backup: ${counts.nodes} nodes and ${counts.relationships} relationships written to ${file}`,
        );
      } finally {
        bar.stop();
        await sink.close();
        await reader.close();
        await close();
      }
    });

  program
    .command('restore')
    .description('Load a backup into an EMPTY database: identical counts, properties and ids')
    .argument('<file>', 'a file written by `threadline backup`')
    .action(async (file: string) => {
      const { db, close } = await connectCli((line) => console.error(line));
      const bar = terminalProgress();
      bar.start('restore', 0);
      let last = 0;
      try {
        const counts = await restoreJsonl(db, file, (c) => {
          const done = c.nodes + c.relationships;
          bar.advance(done - last);
          last = done;
        });
        bar.stop();
        console.log(
          `restore: ${counts.nodes} nodes and ${counts.relationships} relationships loaded from ${file}`,
        );
      } finally {
        bar.stop();
        await close();
      }
    });
}
