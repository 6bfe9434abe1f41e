// Parameter values checked against the header before a query runs: typed, bounded, nothing undeclared.
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { MODEL } from '../../model/index.js';
import { badInput, type ErrorDetail } from '../errors/threadline-error.js';
import type { QueryParameter } from './types.js';

// Same precision rules as model dates: lists often know only the year or the month.
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const ENTITY_ID = /^[a-z]{3}_[0-9a-f]{24}$/;

function bounded(schema: z.ZodNumber, p: QueryParameter): z.ZodNumber {
  let out = schema;
  if (p.min !== undefined) out = out.min(p.min);
  if (p.max !== undefined) out = out.max(p.max);
  return out;
}

/** The zod schema of one parameter's value (without null: absence is handled by bindParameters). */
export function parameterValueSchema(p: QueryParameter): z.ZodType {
  switch (p.type) {
    case 'string':
      return z.string().trim().min(1, 'must not be empty').max(1_000);
    case 'int':
      return bounded(z.number().int(), p);
    case 'float':
      return bounded(z.number().finite(), p);
    case 'boolean':
      return z.boolean();
    case 'date':
      return z.string().trim().regex(DATE, 'must be a date YYYY, YYYY-MM or YYYY-MM-DD');
    case 'id':
      return z.string().trim().regex(ENTITY_ID, 'must be an entity id such as wrk_0123…');
    case 'kind':
      return z.enum(MODEL.kindNames as [string, ...string[]], {
        message: `must be one of ${MODEL.kindNames.join(', ')}`,
      });
  }
}

/**
 * Checks raw parameters against the declared ones and returns what the driver gets: every declared
 * parameter is bound (null when absent and optional, so `$x IS NULL` works), ints become neo4j Integers
 * (LIMIT refuses floats), and an undeclared name is refused rather than ignored (a typo would be silent).
 */
export function bindParameters(declared: readonly QueryParameter[], raw: unknown): Record<string, unknown> {
  if (raw !== null && raw !== undefined && (typeof raw !== 'object' || Array.isArray(raw))) {
    throw badInput('Query parameters must be an object of name: value');
  }
  const given = (raw ?? {}) as Record<string, unknown>;
  const details: ErrorDetail[] = [];
  const known = new Set(declared.map((p) => p.name));
  for (const name of Object.keys(given)) {
    if (!known.has(name))
      details.push({ path: `params.${name}`, message: 'is not a parameter of this query' });
  }
  const bound: Record<string, unknown> = {};
  for (const p of declared) {
    const value = given[p.name] ?? p.default ?? null;
    if (value === null) {
      if (p.required) details.push({ path: `params.${p.name}`, message: 'is required' });
      bound[p.name] = null;
      continue;
    }
    const parsed = parameterValueSchema(p).safeParse(value);
    if (!parsed.success) {
      details.push({ path: `params.${p.name}`, message: parsed.error.issues[0]?.message ?? 'is invalid' });
      continue;
    }
    bound[p.name] = p.type === 'int' ? neo4j.int(parsed.data as number) : parsed.data;
  }
  if (details.length > 0) {
    const more = details.length > 1 ? ` (and ${details.length - 1} more)` : '';
    throw badInput(`Invalid query parameters: ${details[0]?.path} ${details[0]?.message}${more}`, details);
  }
  return bound;
}
