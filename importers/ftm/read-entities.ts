// Reads chosen entities and the relationships among them as export elements (for FtM exports of a subset).
import type { ExportNode, ExportRelationship, ExportValue } from '../../server/interop/element-types.js';
import { toExportValue } from '../../server/interop/export-values.js';
import type { GraphDb } from '../../server/runtime/graph-db.js';

const NODES = `MATCH (n:Entity) WHERE n.id IN $ids AND NOT n:Merged
RETURN n.id AS ref, labels(n) AS labels, properties(n) AS props`;
const RELS = `MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids
RETURN r.id AS ref, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props`;

const plain = (raw: Record<string, unknown>): Record<string, ExportValue> =>
  Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, toExportValue(v)]));

export async function readEntities(
  db: GraphDb,
  ids: readonly string[],
): Promise<{ nodes: ExportNode[]; relationships: ExportRelationship[] }> {
  const nodes = await db.read(NODES, { ids });
  const rels = await db.read(RELS, { ids });
  return {
    nodes: nodes.records.map((r) => ({
      ref: String(r.get('ref')),
      labels: r.get('labels') as string[],
      properties: plain(r.get('props') as Record<string, unknown>),
    })),
    relationships: rels.records.map((r) => ({
      ref: String(r.get('ref')),
      type: String(r.get('type')),
      from: String(r.get('from')),
      to: String(r.get('to')),
      properties: plain(r.get('props') as Record<string, unknown>),
    })),
  };
}
