// mergeEntities: duplicates fold into the first id, in one transaction that records how to undo it.
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphDb } from '../runtime/graph-db.js';
import { asConflict, runByType } from './by-type.js';
import { planMoves, type StoredNode, type StoredRelationship, targetProperties } from './merge-plan.js';
import { checkMergeInput, checkNodes, lockNodes, readRelationships } from './merge-queries.js';
import { CREATE_RECORD, type MergeBefore, mergeRecordId } from './merge-record.js';
import { forWrite, type StoredProperties } from './stored-properties.js';
import { survivorProperties } from './survivor-properties.js';

export interface MergeResult {
  recordId: string;
  survivorId: string;
  mergedIds: string[];
}

async function mergeIn(tx: ManagedTransaction, ids: string[], reason: string, by: string, now: string) {
  const [survivor, ...others] = checkNodes(ids, await lockNodes(tx, ids)) as [StoredNode, ...StoredNode[]];
  const otherIds = others.map((o) => o.id);
  const moved: StoredRelationship[] = await readRelationships(tx, otherIds);
  const plan = planMoves(survivor.id, otherIds, moved);
  const existing = await runByType(
    tx,
    'find',
    plan.targets.map((t) => ({ type: t.type, row: { id: t.id, from: t.from, to: t.to } })),
  );
  await runByType(
    tx,
    'delete',
    moved.map((r) => ({ type: r.type, row: { id: r.id } })),
  );
  const created: { id: string; type: string }[] = [];
  const folded: StoredRelationship[] = [];
  const creates = [];
  const updates = [];
  for (const target of plan.targets) {
    const before = existing.get(target.id) as StoredProperties | undefined;
    const props = forWrite(targetProperties(target, before, now));
    if (before) {
      folded.push({ ...before, id: target.id, type: target.type, from: target.from, to: target.to });
      updates.push({ type: target.type, row: { id: target.id, props } });
    } else {
      created.push({ id: target.id, type: target.type });
      creates.push({ type: target.type, row: { id: target.id, from: target.from, to: target.to, props } });
    }
  }
  await runByType(tx, 'create', creates);
  await runByType(tx, 'update', updates);
  await tx.run('MATCH (n:Entity {id: $id}) SET n = $props', {
    id: survivor.id,
    props: forWrite(survivorProperties(survivor, others, now)),
  });
  await tx.run(
    'UNWIND $ids AS id MATCH (n:Entity {id: id}) SET n.mergedInto = $survivor, n:Merged REMOVE n.searchText',
    { ids: otherIds, survivor: survivor.id },
  );
  const before: MergeBefore = { version: 1, nodes: [survivor, ...others], moved, created, folded };
  const recordId = mergeRecordId(survivor.id, otherIds, now);
  const record = { id: recordId, survivorId: survivor.id, mergedIds: otherIds, kind: survivor.kind, reason };
  await tx.run(CREATE_RECORD, {
    record: { ...record, mergedBy: by, mergedAt: now, status: 'active', before: JSON.stringify(before) },
  });
  return { recordId, survivorId: survivor.id, mergedIds: otherIds };
}

/**
 * Merges ids (two or more of one kind) into the first: every model relationship of the others moves to it,
 * their names become its aliases, and they stay as `:Merged` nodes with `mergedInto`, hidden from default
 * views. One write transaction, all or nothing; a `:MergeRecord` keeps the before-state for unmergeEntity.
 */
export async function mergeEntities(
  db: GraphDb,
  input: { ids: readonly string[]; reason: string; by: string; now?: string },
): Promise<MergeResult> {
  const { ids, reason } = checkMergeInput(input.ids, input.reason);
  const now = input.now ?? new Date().toISOString();
  const session = db.session('WRITE');
  try {
    return await session.executeWrite((tx) => mergeIn(tx, ids, reason, input.by, now));
  } catch (error) {
    throw asConflict(error);
  } finally {
    await session.close();
  }
}
