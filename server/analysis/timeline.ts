// timeline over several entities: checked arguments, inclusive date bounds, each relationship once.

import { badInput } from '../errors/threadline-error.js';
import type { TimelineEvent } from '../graphql/__generated__/resolvers-types.js';
import { readTimeline } from '../read/timeline.js';
import type { GraphDb } from '../runtime/graph-db.js';
import { ANALYSIS_LIMITS, checkLimit } from './limits.js';

// Partial dates as the model stores them ("2019", "2019-05", "2019-05-03") or an ISO date-time.
const DATE = /^\d{4}(-\d{2}(-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** Most entities one timeline may follow. */
export const MAX_TIMELINE_IDS = 1_000;

function checkDate(name: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (!DATE.test(value)) {
    throw badInput(`${name} must be a date YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time`, [
      { path: name, message: `got "${value}"` },
    ]);
  }
  return value;
}

export interface TimelineOptions {
  ids: readonly string[];
  from?: string | null;
  to?: string | null;
  /** Defaults to 200. */
  limit?: number | null;
  unmask: boolean;
}

/**
 * Dated relationships (the model's `dated.from`) of the given entities, oldest first. Both bounds are
 * inclusive at their own precision: `to: "2021"` keeps 2021-12-31T23:00Z. A link between two of the ids
 * appears once, seen from the first of them reached.
 */
export async function timeline(db: GraphDb, options: TimelineOptions): Promise<TimelineEvent[]> {
  const ids = [...new Set(options.ids)];
  if (ids.length === 0 || ids.length > MAX_TIMELINE_IDS) {
    throw badInput(`ids must hold 1 to ${MAX_TIMELINE_IDS} ids`, [
      { path: 'ids', message: `got ${ids.length}` },
    ]);
  }
  const from = checkDate('from', options.from);
  const to = checkDate('to', options.to);
  if (from && to && from > to)
    throw badInput('from is after to', [{ path: 'from', message: `${from} > ${to}` }]);
  const limit = checkLimit('limit', options.limit, 200, ANALYSIS_LIMITS.maxClusterLimit);
  // Dates compare as strings; U+FFFF sorts after every character a date can continue with.
  const events = await readTimeline(db, {
    ids,
    from,
    to: to && `${to}\uffff`,
    limit,
    unmask: options.unmask,
  });
  const seen = new Set<string>();
  return events.filter((event) => !seen.has(event.edgeId) && seen.add(event.edgeId));
}
