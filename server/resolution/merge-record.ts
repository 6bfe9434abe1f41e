// The MergeRecord node: who merged what, when and why, and the exact before-state that undoes it.
import { createHash } from 'node:crypto';
import type { StoredNode, StoredRelationship } from './merge-plan.js';

/** Everything unmerge needs, stored as JSON on the record (Neo4j properties cannot hold maps). */
export interface MergeBefore {
  version: 1;
  /** The survivor first, then the duplicates, as they were. */
  nodes: StoredNode[];
  /** Every relationship taken off the duplicates, as it was (dropped loops included). */
  moved: StoredRelationship[];
  /** Links the merge created under new ids: deleted on undo. */
  created: { id: string; type: string }[];
  /** Links that existed on the survivor and absorbed moved ones, as they were: restored on undo. */
  folded: StoredRelationship[];
}

export interface MergeRecordView {
  id: string;
  survivorId: string;
  mergedIds: string[];
  kind: string;
  reason: string;
  mergedBy: string;
  mergedAt: string;
  status: 'active' | 'undone';
  before: MergeBefore;
}

export const mergeRecordId = (survivorId: string, mergedIds: readonly string[], at: string): string =>
  `mrg_${createHash('sha256')
    .update([survivorId, ...mergedIds, at].join('\u001f'))
    .digest('hex')
    .slice(0, 24)}`;

// MergeRecord is no Entity: it never shows in search, neighbourhoods or analyses.
export const CREATE_RECORD = `
CREATE (m:MergeRecord)
SET m = $record`;

export const RECORD_FIELDS =
  'm {.id, .survivorId, .mergedIds, .kind, .reason, .mergedBy, .mergedAt, .status, .before}';

export function toRecordView(row: Record<string, unknown>): MergeRecordView {
  return { ...(row as unknown as MergeRecordView), before: JSON.parse(String(row.before)) as MergeBefore };
}
