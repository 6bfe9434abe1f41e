// Argument checks shared by resolvers: a bad argument is BAD_USER_INPUT naming the argument.
import { badInput } from '../errors/threadline-error.js';
import { canUnmask } from '../read/privacy.js';
import type { GraphQLContext } from './context.js';

/** The integer argument, or BAD_USER_INPUT when it lies outside min..max. */
export function intArg(
  name: string,
  value: number | null | undefined,
  fallback: number,
  min: number,
  max: number,
) {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw badInput(`${name} must be an integer from ${min} to ${max}`, [
      { path: name, message: `must be an integer from ${min} to ${max}, got ${n}` },
    ]);
  }
  return n;
}

/** A non-empty list of at most max ids. */
export function idsArg(name: string, ids: readonly string[], max: number): string[] {
  const unique = [...new Set(ids)];
  if (unique.length === 0 || unique.length > max) {
    throw badInput(`${name} must hold 1 to ${max} ids`, [
      { path: name, message: `holds ${unique.length} ids` },
    ]);
  }
  return unique;
}

/** Whether this caller sees victims' personal data (see read/privacy.ts). */
export const unmaskFor = (ctx: GraphQLContext): boolean => canUnmask(ctx.principal);
