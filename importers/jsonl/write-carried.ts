// Writes JSON Lines records with the origins they were exported with: grouped by first origin, so a
// re-import of an export finds every fact unchanged instead of stamping "import:jsonl" on all of them.
import type { Batch, EntityRecord, RelationshipRecord, WriteStatus } from '../../server/graph/batch-types.js';
import { upsertBatch } from '../../server/graph/upsert.js';
import type { GraphDb } from '../../server/runtime/graph-db.js';
import { chunk } from '../shared/chunk.js';
import type { Progress } from '../shared/progress.js';
import { emptyTally, type FileWrites } from '../shared/write-items.js';
import type { Carried } from './jsonl-records.js';

export const JSONL_ORIGIN = 'import:jsonl';

function byOrigin<T>(items: readonly Carried<T>[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const { record, origins } of items) {
    // Written under its first origin; in an empty graph the others are lost (docs/interop.md).
    const origin = origins[0] ?? JSONL_ORIGIN;
    groups.set(origin, [...(groups.get(origin) ?? []), record]);
  }
  return groups;
}

export async function writeCarried(
  db: GraphDb,
  entities: readonly Carried<EntityRecord>[],
  relationships: readonly Carried<RelationshipRecord>[],
  options: { label: string; progress: Progress; batchSize: number },
): Promise<FileWrites> {
  const writes: FileWrites = { entities: emptyTally(), relationships: emptyTally() };
  const add = (into: Record<WriteStatus, number>, from: Record<WriteStatus, number>) => {
    for (const s of ['created', 'updated', 'unchanged'] as const) into[s] += from[s];
  };
  const session = db.session('WRITE');
  options.progress.start(options.label, entities.length + relationships.length);
  try {
    const phases: [Map<string, unknown[]>, (items: unknown[]) => Batch][] = [
      [byOrigin(entities), (items) => ({ entities: items as EntityRecord[], relationships: [] })],
      [byOrigin(relationships), (items) => ({ entities: [], relationships: items as RelationshipRecord[] })],
    ];
    for (const [groups, batchOf] of phases) {
      for (const [origin, items] of groups) {
        for (const part of chunk(items, options.batchSize)) {
          const summary = await upsertBatch(session, batchOf(part), { origin });
          add(writes.entities, summary.entities);
          add(writes.relationships, summary.relationships);
          options.progress.advance(part.length);
        }
      }
    }
  } finally {
    options.progress.stop();
    await session.close();
  }
  return writes;
}
