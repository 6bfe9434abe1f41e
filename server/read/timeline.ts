// timeline: the dated relationships of one or more entities, oldest first, within an optional date range.
import neo4j from 'neo4j-driver';
import type { TimelineEvent } from '../graphql/__generated__/resolvers-types.js';
import type { GraphDb } from '../runtime/graph-db.js';
import {
  DATED_TYPES,
  edgeDate,
  edgeProjection,
  nodeProjection,
  visibleEdge,
  visibleNode,
} from './fragments.js';
import { runRead } from './run-read.js';
import { type EdgeRow, type NodeRow, toEdge, toNode } from './shape.js';

// Dates compare as strings: partial dates ("2019", "2019-05") and date-times sort correctly that way.
const TIMELINE = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r]-(m:Entity)
WHERE type(r) IN $dated AND ${visibleEdge('r')} AND ${visibleNode('m')}
WITH n, r, m, ${edgeDate('r')} AS date
WHERE date IS NOT NULL AND ($from IS NULL OR date >= $from) AND ($to IS NULL OR date <= $to)
ORDER BY date, r.id
LIMIT $limit
RETURN date, ${edgeProjection('r')} AS edge, ${nodeProjection('m')} AS other, startNode(r) = n AS out`;

export interface TimelineOptions {
  ids: readonly string[];
  from?: string | null;
  to?: string | null;
  limit: number;
  unmask: boolean;
}

export async function readTimeline(db: GraphDb, options: TimelineOptions): Promise<TimelineEvent[]> {
  const { records } = await runRead(db, TIMELINE, {
    ids: options.ids,
    dated: DATED_TYPES,
    from: options.from ?? null,
    to: options.to ?? null,
    limit: neo4j.int(options.limit),
  });
  return records.map((record) => {
    const edge = toEdge(record.get('edge') as EdgeRow);
    return {
      date: String(record.get('date')),
      edgeId: edge.id,
      type: edge.type,
      direction: record.get('out') ? 'out' : 'in',
      other: toNode(record.get('other') as NodeRow, options.unmask),
      amount: edge.amount,
      currency: edge.currency,
    };
  });
}
