// Parameters of ad-hoc Cypher: no header declares their types, so JSON is taken as meant.
import neo4j from 'neo4j-driver';
import { badInput } from '../errors/threadline-error.js';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

// Whole numbers become Integers: `LIMIT $n` and `*..$n`-style uses refuse floats, and JSON cannot tell.
function convert(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(convert);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v)]));
  }
  return value;
}

export function adHocParameters(raw: unknown): Record<string, unknown> {
  if (raw === null || raw === undefined) return {};
  if (typeof raw !== 'object' || Array.isArray(raw))
    throw badInput('params must be an object of name: value');
  for (const name of Object.keys(raw)) {
    if (!NAME.test(name))
      throw badInput(`params: "${name}" is not a parameter name`, [
        { path: `params.${name}`, message: 'bad name' },
      ]);
  }
  return convert(raw) as Record<string, unknown>;
}
