// The plan of a merge, as pure functions: where each relationship of a duplicate goes, and the survivor.
import { MODEL } from '../../model/index.js';
import { relationshipId } from '../../model/keys.js';
import { foldProperties } from './fold-properties.js';
import type { StoredProperties } from './stored-properties.js';

export interface StoredNode extends StoredProperties {
  id: string;
  kind: string;
  labels: string[];
}

export interface StoredRelationship extends StoredProperties {
  /** Our stable id (the `id` property). */
  id: string;
  type: string;
  from: string;
  to: string;
}

/** Where the moved relationships land: one target per new id, fed by one or more moved relationships. */
export interface MoveTarget {
  id: string;
  type: string;
  from: string;
  to: string;
  sources: StoredRelationship[];
}

export interface MovePlan {
  targets: MoveTarget[];
  /** Links between two of the merged records: they would become a loop on the survivor, so they go. */
  dropped: StoredRelationship[];
}

/**
 * Re-points every relationship of the duplicates at the survivor. The new id is the one an upsert of the
 * same fact would derive (type, ends, key properties: model/keys.ts), so later writes land on the same link;
 * two duplicates' links to one neighbour become one link.
 */
export function planMoves(
  survivorId: string,
  otherIds: readonly string[],
  rels: readonly StoredRelationship[],
) {
  const others = new Set(otherIds);
  const at = (id: string) => (others.has(id) ? survivorId : id);
  const targets = new Map<string, MoveTarget>();
  const dropped: StoredRelationship[] = [];
  for (const rel of [...rels].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const from = at(rel.from);
    const to = at(rel.to);
    if (from === to) {
      dropped.push(rel);
      continue;
    }
    const id = relationshipId(rel.type, from, to, rel.props as Record<string, unknown>);
    const target = targets.get(id) ?? { id, type: rel.type, from, to, sources: [] };
    target.sources.push(rel);
    targets.set(id, target);
  }
  return { targets: [...targets.values()], dropped } satisfies MovePlan;
}

/** The properties a target link gets: folded into the existing link, or the moved ones under the new id. */
export function targetProperties(target: MoveTarget, existing: StoredProperties | undefined, now: string) {
  const specs = MODEL.relationship(target.type).properties;
  const [first, ...rest] = target.sources as [StoredRelationship, ...StoredRelationship[]];
  const base = existing ?? first;
  const sources = existing ? target.sources : rest;
  const props = foldProperties(
    base.props,
    sources.map((s) => s.props),
    specs,
  );
  props.id = target.id;
  if (sources.length > 0) props.updatedAt = now;
  const ints = [...new Set([base, ...sources].flatMap((s) => s.ints))].filter((k) => k in props).sort();
  return { props, ints } satisfies StoredProperties;
}
