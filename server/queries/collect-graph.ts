// The graph inside a result: every node, relationship and path in the rows, shaped like `neighborhood`.
import neo4j, { type ManagedTransaction, type Node as Neo4jNode, type Relationship } from 'neo4j-driver';
import { MODEL } from '../../model/index.js';
import type { Edge, Node } from '../graphql/__generated__/resolvers-types.js';
import { edgeProjection, nodeProjection } from '../read/fragments.js';
import { type EdgeRow, type NodeRow, toEdge, toNode } from '../read/shape.js';

/** Shaped nodes and edges by element id, so rows can refer to them by the same shape. */
export interface GraphIndex {
  nodes: Map<string, Node>;
  edges: Map<string, Edge>;
}

// Element ids from the result, looked up again for the shared projection: the `sanctioned` flag and a
// relationship's end ids need the graph around the value, which the value itself does not carry.
const NODES = `
UNWIND $ids AS eid
MATCH (n:Entity) WHERE elementId(n) = eid
RETURN eid, ${nodeProjection('n')} AS node`;

const EDGES = `
UNWIND $ids AS eid
MATCH (a:Entity)-[r]->(b:Entity) WHERE elementId(r) = eid
RETURN eid, ${edgeProjection('r')} AS edge, elementId(a) AS aid, ${nodeProjection('a')} AS a,
       elementId(b) AS bid, ${nodeProjection('b')} AS b`;

function visit(value: unknown, nodes: Set<string>, rels: Set<string>): void {
  if (value === null || typeof value !== 'object') return;
  if (neo4j.isNode(value)) nodes.add((value as Neo4jNode).elementId);
  else if (neo4j.isRelationship(value)) rels.add((value as Relationship).elementId);
  else if (neo4j.isPath(value)) {
    for (const segment of value.segments) {
      nodes.add(segment.start.elementId);
      nodes.add(segment.end.elementId);
      rels.add(segment.relationship.elementId);
    }
    nodes.add(value.start.elementId);
  } else if (Array.isArray(value)) for (const item of value) visit(item, nodes, rels);
  else if (Object.getPrototypeOf(value) === Object.prototype) {
    for (const item of Object.values(value)) visit(item, nodes, rels);
  }
}

/** Finds graph values in the rows and shapes them; nodes outside the model (e.g. saved queries) are left out. */
export async function collectGraph(
  tx: ManagedTransaction,
  rows: readonly unknown[],
  unmask: boolean,
): Promise<GraphIndex> {
  const nodeIds = new Set<string>();
  const relIds = new Set<string>();
  for (const row of rows) visit(row, nodeIds, relIds);
  const index: GraphIndex = { nodes: new Map(), edges: new Map() };
  const addNode = (eid: string, row: NodeRow) => {
    if (MODEL.isKind(row.kind) && !index.nodes.has(eid)) index.nodes.set(eid, toNode(row, unmask));
  };
  if (relIds.size > 0) {
    const result = await tx.run(EDGES, { ids: [...relIds] });
    for (const record of result.records) {
      const edge = record.get('edge') as EdgeRow;
      if (!MODEL.isRelationship(edge.type)) continue;
      index.edges.set(record.get('eid'), toEdge(edge));
      // An edge needs both ends on the canvas, even when the query returned only the relationship.
      addNode(record.get('aid'), record.get('a'));
      addNode(record.get('bid'), record.get('b'));
    }
  }
  const missing = [...nodeIds].filter((id) => !index.nodes.has(id));
  if (missing.length > 0) {
    const result = await tx.run(NODES, { ids: missing });
    for (const record of result.records) addNode(record.get('eid'), record.get('node'));
  }
  return index;
}
