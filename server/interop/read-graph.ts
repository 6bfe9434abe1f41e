// Streams the whole graph (or only entities) out of Neo4j, record by record, without holding it in memory.
import type { Session } from 'neo4j-driver';
import type { GraphDb } from '../runtime/graph-db.js';
import type { ExportNode, ExportRelationship, ExportValue } from './element-types.js';
import { toExportValue } from './export-values.js';

const ALL_NODES = 'MATCH (n) RETURN elementId(n) AS ref, labels(n) AS labels, properties(n) AS props';
const ALL_RELATIONSHIPS = `MATCH (a)-[r]->(b)
RETURN elementId(r) AS ref, type(r) AS type, elementId(a) AS from, elementId(b) AS to, properties(r) AS props`;

const ENTITY_NODES = `MATCH (n:Entity) WHERE NOT n:Merged AND coalesce(n.retracted, false) = false
RETURN n.id AS ref, labels(n) AS labels, properties(n) AS props`;
const ENTITY_RELATIONSHIPS = `MATCH (a:Entity)-[r]->(b:Entity)
WHERE NOT a:Merged AND NOT b:Merged AND coalesce(r.retracted, false) = false
  AND coalesce(a.retracted, false) = false AND coalesce(b.retracted, false) = false
RETURN r.id AS ref, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props`;

function properties(raw: Record<string, unknown>): Record<string, ExportValue> {
  const out: Record<string, ExportValue> = {};
  for (const [key, value] of Object.entries(raw)) out[key] = toExportValue(value);
  return out;
}

async function* stream<T>(session: Session, cypher: string, map: (r: Record<string, unknown>) => T) {
  // The driver's async iterator pulls records in batches, so a million nodes never sit in memory at once.
  const result = session.run(cypher);
  for await (const record of result) yield map(record.toObject() as Record<string, unknown>);
}

export interface GraphReader {
  nodes: AsyncIterable<ExportNode>;
  relationships: AsyncIterable<ExportRelationship>;
  close(): Promise<void>;
}

/** `scope: 'all'` for a lossless backup; `'entities'` for an export of what investigators see. */
export function readGraph(db: GraphDb, scope: 'all' | 'entities'): GraphReader {
  const nodeSession = db.session('READ');
  const relSession = db.session('READ');
  const [nodeQuery, relQuery] =
    scope === 'all' ? [ALL_NODES, ALL_RELATIONSHIPS] : [ENTITY_NODES, ENTITY_RELATIONSHIPS];
  return {
    nodes: stream(nodeSession, nodeQuery, (r) => ({
      ref: String(r.ref),
      labels: r.labels as string[],
      properties: properties(r.props as Record<string, unknown>),
    })),
    relationships: stream(relSession, relQuery, (r) => ({
      ref: String(r.ref),
      type: String(r.type),
      from: String(r.from),
      to: String(r.to),
      properties: properties(r.props as Record<string, unknown>),
    })),
    close: async () => {
      await nodeSession.close();
      await relSession.close();
    },
  };
}
