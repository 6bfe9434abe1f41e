// Finds the entry a "Linked To: NAME" points at, by the list's own names: primary names first, then aliases.
import { normalizeName } from '../../model/index.js';
import type { ListEntry } from './assemble-entries.js';

export type LinkTarget =
  | { entNum: string }
  | { problem: 'ORPHAN_LINK' | 'AMBIGUOUS_LINK'; candidates: string[] };

function index(entries: readonly ListEntry[], namesOf: (e: ListEntry) => string[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const entry of entries) {
    for (const name of namesOf(entry)) {
      const key = normalizeName(name);
      const set = map.get(key) ?? new Set<string>();
      set.add(entry.row.entNum);
      map.set(key, set);
    }
  }
  return map;
}

export class LinkResolver {
  private readonly primary: Map<string, Set<string>>;
  private readonly alias: Map<string, Set<string>>;

  constructor(entries: readonly ListEntry[]) {
    this.primary = index(entries, (e) => [e.row.name]);
    this.alias = index(entries, (e) => e.aliases);
  }

  /** A unique match wins; several entries of one name are ambiguous, never guessed between. */
  resolve(name: string, fromEntNum: string): LinkTarget {
    const key = normalizeName(name);
    for (const names of [this.primary, this.alias]) {
      const found = [...(names.get(key) ?? [])].filter((n) => n !== fromEntNum);
      if (found.length === 1) return { entNum: found[0] as string };
      if (found.length > 1) return { problem: 'AMBIGUOUS_LINK', candidates: found };
    }
    return { problem: 'ORPHAN_LINK', candidates: [] };
  }
}
