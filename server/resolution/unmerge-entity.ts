// unmergeEntity: undoes a merge exactly from its record: same ids, properties, links and ends as before.
import type { ManagedTransaction } from 'neo4j-driver';
import { notFound, ThreadlineError } from '../errors/threadline-error.js';
import { num } from '../read/shape.js';
import type { GraphDb } from '../runtime/graph-db.js';
import { asConflict, runByType } from './by-type.js';
import { type MergeRecordView, RECORD_FIELDS, toRecordView } from './merge-record.js';
import { forWrite } from './stored-properties.js';

// By record id; else the latest active merge the entity survived or was folded into. The record is locked,
// and `blocked` says a later active merge built on this one (it must be undone first).
const FIND_RECORD = `
MATCH (m:MergeRecord)
WHERE m.id = $id OR (m.status = 'active' AND (m.survivorId = $id OR $id IN m.mergedIds))
WITH m ORDER BY m.id = $id DESC, m.mergedAt DESC LIMIT 1
SET m.__lock = true
REMOVE m.__lock
RETURN ${RECORD_FIELDS} AS record,
  EXISTS {
    MATCH (later:MergeRecord {status: 'active'})
    WHERE later.mergedAt > m.mergedAt AND (later.survivorId = m.survivorId OR m.survivorId IN later.mergedIds)
  } AS blocked`;

async function findRecord(tx: ManagedTransaction, id: string): Promise<MergeRecordView> {
  const { records } = await tx.run(FIND_RECORD, { id });
  const row = records[0];
  if (!row) throw notFound(`No active merge for ${id}`, [{ path: 'id', message: 'no merge record' }]);
  const record = toRecordView(row.get('record'));
  if (record.status !== 'active')
    throw new ThreadlineError('CONFLICT', `Merge ${record.id} is already undone`);
  if (row.get('blocked')) {
    throw new ThreadlineError(
      'CONFLICT',
      `A later merge involving ${record.survivorId} must be undone first`,
    );
  }
  return record;
}

const RESTORE_NODES = `
UNWIND $rows AS x
MATCH (n:Entity {id: x.id})
SET n = x.props
REMOVE n:Merged
RETURN count(*) AS n`;

async function unmergeIn(tx: ManagedTransaction, id: string, by: string, now: string) {
  const record = await findRecord(tx, id);
  const { nodes, moved, created, folded } = record.before;
  // Order matters: the links the merge created go first, so the moved ones can take back their ids.
  await runByType(
    tx,
    'delete',
    created.map((c) => ({ type: c.type, row: { id: c.id } })),
  );
  await runByType(
    tx,
    'update',
    folded.map((r) => ({ type: r.type, row: { id: r.id, props: forWrite(r) } })),
  );
  await runByType(
    tx,
    'create',
    moved.map((r) => ({ type: r.type, row: { id: r.id, from: r.from, to: r.to, props: forWrite(r) } })),
  );
  const { records } = await tx.run(RESTORE_NODES, {
    rows: nodes.map((n) => ({ id: n.id, props: forWrite(n) })),
  });
  if (num(records[0]?.get('n') ?? 0) !== nodes.length) {
    throw new ThreadlineError(
      'CONFLICT',
      `An entity of merge ${record.id} no longer exists; nothing was written`,
    );
  }
  await tx.run(
    "MATCH (m:MergeRecord {id: $id}) SET m.status = 'undone', m.undoneBy = $by, m.undoneAt = $now",
    {
      id: record.id,
      by,
      now,
    },
  );
  return [record.survivorId, ...record.mergedIds];
}

/**
 * Undoes one merge, given the record id, the survivor's id or a merged record's id (then the latest
 * active merge it took part in). One write transaction; returns the ids restored, survivor first.
 * Edits made to the merged links or entities since the merge are undone with it (see docs/analysis.md).
 */
export async function unmergeEntity(db: GraphDb, input: { id: string; by: string; now?: string }) {
  const session = db.session('WRITE');
  try {
    return await session.executeWrite((tx) =>
      unmergeIn(tx, input.id, input.by, input.now ?? new Date().toISOString()),
    );
  } catch (error) {
    throw asConflict(error);
  } finally {
    await session.close();
  }
}
