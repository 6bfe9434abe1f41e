// The survivor of a merge: folded properties, the duplicates' names as aliases, fresh search text.
import { MODEL, normalizeName } from '../../model/index.js';
import { searchTextOf } from '../graph/search-text.js';
import { foldProperties } from './fold-properties.js';
import type { StoredNode } from './merge-plan.js';
import type { StoredProperties } from './stored-properties.js';

/** The survivor after the merge: folded properties, the duplicates' names as aliases, fresh search text. */
export function survivorProperties(survivor: StoredNode, others: readonly StoredNode[], now: string) {
  const kind = MODEL.kind(survivor.kind);
  const props = foldProperties(
    survivor.props,
    others.map((o) => o.props),
    kind.properties,
  );
  if (kind.properties.aliases) {
    const own = normalizeName(String(survivor.props[kind.caption] ?? ''));
    const aliases = Array.isArray(survivor.props.aliases) ? [...(survivor.props.aliases as string[])] : [];
    const seen = new Set([own, ...aliases.map(normalizeName)]);
    const incoming = others.flatMap((o) => [
      o.props[kind.caption],
      ...((o.props.aliases as unknown[]) ?? []),
    ]);
    for (const alias of incoming) {
      if (typeof alias !== 'string' || seen.has(normalizeName(alias))) continue;
      seen.add(normalizeName(alias));
      aliases.push(alias);
    }
    if (aliases.length > 0) props.aliases = aliases;
  }
  // The text an upsert derives, so full-text search finds the survivor by the duplicates' names.
  props.searchText = searchTextOf(survivor.kind, props);
  props.updatedAt = now;
  return { props, ints: survivor.ints.filter((k) => k in props) } satisfies StoredProperties;
}
