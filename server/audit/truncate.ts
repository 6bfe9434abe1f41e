// Keeps stored parameters small: long strings, long lists and deep nesting are cut, with a note of what was cut.

/** Longest string kept whole (ad-hoc Cypher fits). */
export const MAX_STRING = 2000;
/** Items of a list kept; the rest is counted. */
export const MAX_LIST = 50;
/** Nesting kept; deeper values are replaced by a marker. */
export const MAX_DEPTH = 6;
/** Largest stored parameters text; over it only the top-level keys and sizes are kept. */
export const MAX_PARAMETERS_CHARS = 16_000;

export function truncate(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') {
    if (value.length <= MAX_STRING) return value;
    // Never cut between the halves of a surrogate pair: Neo4j refuses a lone surrogate.
    const end = /[\uD800-\uDBFF]/.test(value.charAt(MAX_STRING - 1)) ? MAX_STRING - 1 : MAX_STRING;
    return `${value.slice(0, end)}…[+${value.length - end} chars]`;
  }
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return '[nested]';
  if (Array.isArray(value)) {
    const kept = value.slice(0, MAX_LIST).map((item) => truncate(item, depth + 1));
    return value.length > MAX_LIST ? [...kept, `…[+${value.length - MAX_LIST} items]`] : kept;
  }
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = truncate(inner, depth + 1);
  return out;
}

/** What is stored when even the truncated parameters are too large: each key with its size. */
export function outline(parameters: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { truncated: true };
  for (const [key, inner] of Object.entries(parameters)) {
    out[key] = Array.isArray(inner)
      ? `[${inner.length} items]`
      : inner && typeof inner === 'object'
        ? `{${Object.keys(inner).length} keys}`
        : truncate(inner);
  }
  return out;
}
