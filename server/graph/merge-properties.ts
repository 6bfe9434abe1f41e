// The merge rules of an upsert, as one pure function (documented in docs/model.md, "Merge rules").
import { GRADES, type PropertySpec } from '../../model/index.js';
import type { Properties, PropertyValue, WriteStatus } from './batch-types.js';

const gradeRank = (grade: unknown): number => {
  const rank = GRADES.indexOf(grade as (typeof GRADES)[number]);
  return rank < 0 ? GRADES.length : rank;
};

function union(existing: unknown, incoming: readonly unknown[]): unknown[] {
  const out = Array.isArray(existing) ? [...existing] : [];
  for (const value of incoming) if (!out.includes(value)) out.push(value);
  return out;
}

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

export interface MergeInput {
  existing: Properties | undefined;
  incoming: Properties;
  specs: Readonly<Record<string, PropertySpec>>;
  origin: string;
  now: string;
  defaultSourceIds: readonly string[];
}

export interface MergeResult {
  properties: Properties;
  status: WriteStatus;
}

/**
 * Merges an incoming fact into what the graph holds:
 * - scalars: the last writer wins; a property the input does not state is kept;
 * - lists (aliases, sources, origins): union, existing order first;
 * - grade: the strongest grade stated by any writer wins (a second, weaker source does not weaken a fact);
 * - firstSeen / lastSeen: the earliest and the latest observation.
 * The status says whether anything changed, so a repeated batch reports `unchanged` and writes nothing.
 */
export function mergeProperties({
  existing,
  incoming,
  specs,
  origin,
  now,
  defaultSourceIds,
}: MergeInput): MergeResult {
  const before = existing ?? {};
  const merged: Properties = { ...before };
  for (const [name, value] of Object.entries(incoming)) {
    const spec = specs[name];
    if (name === 'grade') {
      if (before.grade === undefined || gradeRank(value) < gradeRank(before.grade)) merged.grade = value;
    } else if (name === 'firstSeen') {
      if (before.firstSeen === undefined || String(value) < String(before.firstSeen))
        merged.firstSeen = value;
    } else if (name === 'lastSeen') {
      if (before.lastSeen === undefined || String(value) > String(before.lastSeen)) merged.lastSeen = value;
    } else if (spec?.list) {
      merged[name] = union(before[name], value as unknown[]) as PropertyValue;
    } else {
      merged[name] = value;
    }
  }
  const sources = (incoming.sourceIds as string[] | undefined) ?? defaultSourceIds;
  if (sources.length > 0) merged.sourceIds = union(before.sourceIds, sources) as string[];
  merged.origins = union(before.origins, [origin]) as string[];
  if (merged.grade === undefined) merged.grade = 'unverified';
  if (merged.firstSeen === undefined) merged.firstSeen = now;
  if (merged.lastSeen === undefined) merged.lastSeen = merged.firstSeen;

  const keys = new Set([...Object.keys(before), ...Object.keys(merged)]);
  const changed = [...keys].some((k) => k !== 'updatedAt' && !same(before[k], merged[k]));
  if (!existing) return { properties: { ...merged, createdAt: now, updatedAt: now }, status: 'created' };
  if (!changed) return { properties: before, status: 'unchanged' };
  return { properties: { ...merged, updatedAt: now }, status: 'updated' };
}
