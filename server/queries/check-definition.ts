// Everything a query must pass before it joins the library: read-only, parameters declared, and a plan
// the database accepts (EXPLAIN: syntax, known functions, bounded expansions).
import { badInput, type ErrorDetail } from '../errors/threadline-error.js';
import type { GraphDb } from '../runtime/graph-db.js';
import { toQueryError } from './database-errors.js';
import { checkPlan } from './plan-check.js';
import { assertReadOnly, usedParameters } from './static-check.js';
import type { QueryHeader } from './types.js';

/** Used and declared parameters must agree: an undeclared `$x` would always be null, an unused one a lie. */
export function checkParameters(header: QueryHeader, cypher: string): void {
  const used = new Set(usedParameters(cypher));
  const declared = new Set(header.parameters.map((p) => p.name));
  const details: ErrorDetail[] = [];
  for (const name of used) {
    if (!declared.has(name))
      details.push({ path: `$${name}`, message: 'is used but not declared in parameters' });
  }
  for (const name of declared) {
    if (!used.has(name)) details.push({ path: `parameters.${name}`, message: 'is declared but never used' });
  }
  if (details.length > 0)
    throw badInput(`Query parameters: ${details[0]?.path} ${details[0]?.message}`, details);
}

/** Planning is bounded work, but slow on a busy machine: a generous limit, not the analysts' one. */
export const PLAN_TIMEOUT_MS = 60_000;

/** Throws QUERY_REFUSED or BAD_USER_INPUT; runs only EXPLAIN, so nothing is read or written. */
export async function checkDefinition(db: GraphDb, header: QueryHeader, cypher: string): Promise<void> {
  assertReadOnly(cypher);
  checkParameters(header, cypher);
  const session = db.session('READ');
  try {
    await session.executeRead((tx) => checkPlan(tx, cypher, PLAN_TIMEOUT_MS), { timeout: PLAN_TIMEOUT_MS });
  } catch (error) {
    throw toQueryError(error, PLAN_TIMEOUT_MS);
  } finally {
    await session.close();
  }
}
