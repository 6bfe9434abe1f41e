// Bounds of every analysis, and the checks that turn a bad argument into BAD_USER_INPUT before any query.
import { MODEL } from '../../model/index.js';
import { badInput } from '../errors/threadline-error.js';

const envInt = (name: string, fallback: number): number => {
  const value = Number.parseInt(process.env[name] ?? '', 10);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

export const ANALYSIS_LIMITS = {
  /**
   * Most relationships one in-memory projection may load; more is refused with QUERY_REFUSED rather than
   * silently analysing a part of the graph. Defaults to 200_000 (about 150 MB of graphology graph).
   * Env THREADLINE_ANALYSIS_MAX_RELATIONSHIPS.
   */
  maxProjectionRelationships: envInt('THREADLINE_ANALYSIS_MAX_RELATIONSHIPS', 200_000),
  /** Betweenness is O(nodes × relationships): refused above this many nodes. Defaults to 20_000. */
  maxBetweennessNodes: envInt('THREADLINE_ANALYSIS_MAX_BETWEENNESS_NODES', 20_000),
  /** Largest `limit` of list results (communities, centrality, candidates). Defaults to 1_000. */
  maxListLimit: 1_000,
  /** Largest `limit` of nodes in one cluster, network or timeline. Defaults to 10_000. */
  maxClusterLimit: 10_000,
} as const;

/** An integer limit in 1..max, or BAD_USER_INPUT naming the argument. */
export function checkLimit(name: string, value: number | null | undefined, fallback: number, max: number) {
  const limit = value ?? fallback;
  if (!Number.isInteger(limit) || limit < 1 || limit > max) {
    throw badInput(`${name} must be an integer from 1 to ${max}`, [{ path: name, message: `got ${limit}` }]);
  }
  return limit;
}

/** Kinds from the model, or every kind when none are given; unknown names are BAD_USER_INPUT. */
export function checkKinds(kinds: readonly string[] | null | undefined): string[] {
  if (!kinds || kinds.length === 0) return MODEL.kindNames;
  const unknown = kinds.filter((k) => !MODEL.isKind(k));
  if (unknown.length > 0) {
    throw badInput(`Unknown kind ${unknown.join(', ')}`, [{ path: 'kinds', message: unknown.join(', ') }]);
  }
  return [...new Set(kinds)].sort();
}

export function checkChoice<T extends string>(name: string, value: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(value)) {
    throw badInput(`${name} must be one of ${choices.join(', ')}`, [
      { path: name, message: `got "${value}"` },
    ]);
  }
  return value as T;
}
