// The text the entity_search full-text index reads: one function for the upsert and the merge, so a survivor is
// found by the same words as a record written directly.
import { buildSearchText, MODEL } from '../../model/index.js';

/** The kind's searchable properties, lists flattened, folded by buildSearchText. */
export function searchTextOf(kind: string, props: Readonly<Record<string, unknown>>): string {
  const values: string[] = [];
  for (const name of MODEL.kind(kind).searchable) {
    const value = props[name];
    if (Array.isArray(value)) values.push(...value.map(String));
    else if (value !== undefined && value !== null) values.push(String(value));
  }
  return buildSearchText(values);
}
