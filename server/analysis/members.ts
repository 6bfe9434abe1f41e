// Canvas nodes for a set of ids, and the relationships among them (the induced subgraph), in one query each.
import neo4j from 'neo4j-driver';
import type { Edge, Node } from '../graphql/__generated__/resolvers-types.js';
import { edgeProjection, nodeProjection, visibleEdge } from '../read/fragments.js';
import { runRead } from '../read/run-read.js';
import { type EdgeRow, type NodeRow, toEdge, toNode } from '../read/shape.js';
import type { GraphDb } from '../runtime/graph-db.js';

const NODES = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN ${nodeProjection('n')} AS node`;

/** Shaped nodes by id (victims masked unless unmask); ids not in the graph are absent from the map. */
export async function readNodes(db: GraphDb, ids: readonly string[], unmask: boolean) {
  if (ids.length === 0) return new Map<string, Node>();
  const { records } = await runRead(db, NODES, { ids });
  const nodes = records.map((r) => toNode(r.get('node') as NodeRow, unmask));
  return new Map(nodes.map((n) => [n.id, n]));
}

// Only model relationship types exist between entities; `b.id IN $ids` is a hashed lookup for a list parameter.
const INDUCED = `
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE b.id IN $ids AND ${visibleEdge('r')}
RETURN ${edgeProjection('r')} AS edge
ORDER BY edge.id
LIMIT $cap`;

/** Visible relationships whose both ends are in ids, at most maxEdges (truncated says more exist). */
export async function readInducedEdges(
  db: GraphDb,
  ids: readonly string[],
  maxEdges: number,
): Promise<{ edges: Edge[]; truncated: boolean }> {
  if (ids.length === 0) return { edges: [], truncated: false };
  const { records } = await runRead(db, INDUCED, { ids, cap: neo4j.int(maxEdges + 1) });
  const edges = records.slice(0, maxEdges).map((r) => toEdge(r.get('edge') as EdgeRow));
  return { edges, truncated: records.length > maxEdges };
}
