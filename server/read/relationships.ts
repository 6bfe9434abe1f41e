// relationships: an entity's visible relationships with the node at the other end, dated ones newest first.
import neo4j from 'neo4j-driver';
import type { RelationshipType, RelationshipView } from '../graphql/__generated__/resolvers-types.js';
import type { GraphDb } from '../runtime/graph-db.js';
import { edgeDate, edgeProjection, nodeProjection, visibleEdge, visibleNode } from './fragments.js';
import { runRead } from './run-read.js';
import { type EdgeRow, type NodeRow, toEdge, toNode } from './shape.js';

const RELATIONSHIPS = `
MATCH (n:Entity {id: $id})-[r]-(m:Entity)
WHERE ${visibleEdge('r')} AND ${visibleNode('m')} AND ($types IS NULL OR type(r) IN $types)
WITH n, r, m, ${edgeDate('r')} AS date
ORDER BY date IS NULL, date DESC, r.id
LIMIT $limit
RETURN ${edgeProjection('r')} AS edge, ${nodeProjection('m')} AS other, startNode(r) = n AS out`;

export async function readRelationships(
  db: GraphDb,
  options: { id: string; limit: number; types?: readonly RelationshipType[] | null; unmask: boolean },
): Promise<RelationshipView[]> {
  const { records } = await runRead(db, RELATIONSHIPS, {
    id: options.id,
    limit: neo4j.int(options.limit),
    types: options.types && options.types.length > 0 ? options.types : null,
  });
  return records.map((record) => ({
    edge: toEdge(record.get('edge') as EdgeRow),
    other: toNode(record.get('other') as NodeRow, options.unmask),
    direction: record.get('out') ? 'out' : 'in',
  }));
}
