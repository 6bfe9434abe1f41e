// `--param name=value` text from the command line, typed by the query's declared parameters.
import { badInput } from '../errors/threadline-error.js';
import type { QueryParameter } from './types.js';

function typed(text: string, type: QueryParameter['type'] | undefined): unknown {
  if (type === 'int' || type === 'float') return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
  if (type === 'boolean') return text === 'true' ? true : text === 'false' ? false : text;
  if (type !== undefined) return text;
  // Ad-hoc Cypher declares nothing: read what the text looks like.
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  return text;
}

/** `["maxHops=3", "match=silver star"]` → `{maxHops: 3, match: 'silver star'}`; bad values are left for validation. */
export function parseParamPairs(pairs: readonly string[], declared: readonly QueryParameter[] = []) {
  const out: Record<string, unknown> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) throw badInput(`--param needs name=value, not "${pair}"`);
    const name = pair.slice(0, at).trim();
    out[name] = typed(pair.slice(at + 1), declared.find((p) => p.name === name)?.type);
  }
  return out;
}
