// How the properties of duplicates fold into the survivor (and of twin links into one link).
import { GRADES, type PropertySpec, SYSTEM_PROPERTIES } from '../../model/index.js';
import type { PropertyMap } from './stored-properties.js';

const rank = (grade: unknown): number => {
  const i = GRADES.indexOf(grade as (typeof GRADES)[number]);
  return i < 0 ? GRADES.length : i;
};

// The writer's bookkeeping belongs to the survivor; `__` keys are transient locks.
const KEPT = new Set<string>(SYSTEM_PROPERTIES);

/**
 * The upsert merge rules (docs/model.md), with the survivor in the writer's place: lists are unioned
 * (survivor's order first), the strongest grade wins, firstSeen / lastSeen widen; a scalar keeps the
 * survivor's value and is only filled in where the survivor has none (the duplicates keep theirs, and
 * the merge record keeps everything, so nothing is lost).
 */
export function foldProperties(
  target: PropertyMap,
  sources: readonly PropertyMap[],
  specs: Readonly<Record<string, PropertySpec>>,
): PropertyMap {
  const out: PropertyMap = { ...target };
  for (const source of sources) {
    for (const [key, value] of Object.entries(source)) {
      if (KEPT.has(key) || key.startsWith('__') || value === null || value === undefined) continue;
      const current = out[key];
      if (key === 'grade') {
        if (current === undefined || rank(value) < rank(current)) out[key] = value;
      } else if (key === 'firstSeen') {
        if (current === undefined || String(value) < String(current)) out[key] = value;
      } else if (key === 'lastSeen') {
        if (current === undefined || String(value) > String(current)) out[key] = value;
      } else if (specs[key]?.list || Array.isArray(value)) {
        const list = Array.isArray(current) ? [...current] : current === undefined ? [] : [current];
        for (const item of Array.isArray(value) ? value : [value]) if (!list.includes(item)) list.push(item);
        out[key] = list;
      } else if (current === undefined) {
        out[key] = value;
      }
    }
  }
  return out;
}
