// Reads a resolved subgraph's entities and relationships as export elements, visible ones only.
import { visibleEdge, visibleNode } from '../read/fragments.js';
import type { GraphDb } from '../runtime/graph-db.js';
import type { ExportNode, ExportRelationship, ExportValue } from './element-types.js';
import { toExportValue } from './export-values.js';
import type { Subgraph } from './scope/subgraph.js';

const NODES = `UNWIND $ids AS id
MATCH (n:Entity {id: id}) WHERE ${visibleNode('n')}
RETURN n.id AS ref, labels(n) AS labels, properties(n) AS props`;

// Relationship ids are unique but not indexed: reach them from their start node, which is.
const RELATIONSHIPS = `UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE r.id IN $relIds AND b.id IN $ids AND ${visibleEdge('r')}
RETURN r.id AS ref, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props`;

const plain = (raw: Record<string, unknown>): Record<string, ExportValue> =>
  Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, toExportValue(v)]));

export interface SubgraphElements {
  nodes: ExportNode[];
  relationships: ExportRelationship[];
}

/** Bounded scopes only (at most a cluster's 10,000 nodes): both lists are held in memory. */
export async function readSubgraph(db: GraphDb, subgraph: Subgraph): Promise<SubgraphElements> {
  const ids = [...new Set(subgraph.nodeIds)];
  const nodeRecords = await db.read(NODES, { ids });
  const nodes = nodeRecords.records.map((r) => ({
    ref: String(r.get('ref')),
    labels: r.get('labels') as string[],
    properties: plain(r.get('props') as Record<string, unknown>),
  }));
  const present = nodes.map((n) => n.ref);
  const relIds = [...new Set(subgraph.relationshipIds)];
  const relRecords = relIds.length > 0 ? await db.read(RELATIONSHIPS, { ids: present, relIds }) : undefined;
  const relationships = (relRecords?.records ?? []).map((r) => ({
    ref: String(r.get('ref')),
    type: String(r.get('type')),
    from: String(r.get('from')),
    to: String(r.get('to')),
    properties: plain(r.get('props') as Record<string, unknown>),
  }));
  return { nodes, relationships };
}
