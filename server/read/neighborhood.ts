// neighborhood: entities within 1-3 hops, capped and fairly sampled, with what was left out counted by kind.
import neo4j from 'neo4j-driver';
import type {
  Edge,
  Kind,
  KindCount,
  Neighborhood,
  Node,
  RelationshipType,
} from '../graphql/__generated__/resolvers-types.js';
import type { GraphDb } from '../runtime/graph-db.js';
import { neighborhoodCypher } from './neighborhood-cypher.js';
import { runRead } from './run-read.js';
import { type EdgeRow, type NodeRow, num, toEdge, toNode } from './shape.js';
import { LINKS_PER_TYPE, SUPERNODE_DEGREE } from './supernode.js';

/** Most nodes one call returns. */
export const MAX_NEIGHBORHOOD_LIMIT = 1000;
/** Neighbours read per node beyond the first hop; more are left out and reported as truncated. */
export const FANOUT = 100;

// Round-robin rank = position × STRIDE + frontier index; the frontier never exceeds the limit.
const STRIDE = 1_000_000;

export interface NeighborhoodOptions {
  ids: readonly string[];
  depth: 1 | 2 | 3;
  kinds?: readonly Kind[] | null;
  relationshipTypes?: readonly RelationshipType[] | null;
  limit: number;
  offset: number;
  unmask: boolean;
}

const orNull = <T>(list: readonly T[] | null | undefined) => (list && list.length > 0 ? list : null);

function countKinds(kinds: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return counts;
}

export async function readNeighborhood(db: GraphDb, options: NeighborhoodOptions): Promise<Neighborhood> {
  // The start nodes count towards the limit; the first hop gets what is left.
  const page = Math.max(0, options.limit - options.ids.length);
  const { records } = await runRead(db, neighborhoodCypher(options.depth), {
    ids: options.ids,
    kinds: orNull(options.kinds),
    types: orNull(options.relationshipTypes),
    offset: neo4j.int(options.offset),
    window: neo4j.int(options.offset + page),
    limit: neo4j.int(options.limit),
    fanout: neo4j.int(FANOUT),
    stride: neo4j.int(STRIDE),
    supernode: neo4j.int(SUPERNODE_DEGREE),
    perType: neo4j.int(LINKS_PER_TYPE),
  });
  const row = records[0];
  if (!row) throw new Error('neighborhood returned no row');

  const nodes = new Map<string, Node>();
  for (const r of row.get('nodes') as NodeRow[])
    if (!nodes.has(r.id)) nodes.set(r.id, toNode(r, options.unmask));
  const edgeRows = row.get('edges') as EdgeRow[];
  let truncated = row.get('deepTruncated') === true;
  // Samples beyond the first hop may reach nodes that were not picked: keep edges between shown nodes.
  const edges = new Map<string, Edge>();
  for (const r of edgeRows) {
    if (nodes.has(r.source) && nodes.has(r.target) && !edges.has(r.id)) edges.set(r.id, toEdge(r));
  }

  const shown = countKinds(row.get('shownKinds') as string[]);
  const total: KindCount[] = [];
  const omitted: KindCount[] = [];
  for (const { kind, total: count } of row.get('totals') as { kind: Kind; total: unknown }[]) {
    const all = num(count);
    total.push({ kind, count: all });
    const left = all - (shown.get(kind) ?? 0);
    if (left > 0) omitted.push({ kind, count: left });
  }
  total.sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
  omitted.sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
  truncated ||= omitted.length > 0;
  // False when a supernode start's read of some relationship type reached its cap (neighborhood-cypher.ts).
  const totalsExact = row.get('totalsExact') === true;
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated, omitted, total, totalsExact };
}
