// Investigations as :Investigation nodes (never :Entity): the canvas state kept as one JSON string.
import { randomUUID } from 'node:crypto';
import type { GraphDb } from '../../../runtime/graph-db.js';

export interface InvestigationRow {
  id: string;
  title: string;
  state: string;
  elementCount: number;
  createdAt: string;
  updatedAt: string;
}

const SAVE = `
MERGE (i:Investigation {id: $id})
ON CREATE SET i.createdAt = $now
SET i.title = $title, i.state = $state, i.elementCount = $elementCount, i.updatedAt = $now
RETURN i {.*} AS investigation`;

const LIST = `
MATCH (i:Investigation)
RETURN i {.id, .title, .updatedAt, .elementCount} AS investigation
ORDER BY i.updatedAt DESC`;

const GET = 'MATCH (i:Investigation {id: $id}) RETURN i {.*} AS investigation';

const DELETE = 'MATCH (i:Investigation {id: $id}) DELETE i RETURN count(*) AS deleted';

export const newInvestigationId = (): string => `inv_${randomUUID()}`;

/**
 * Nodes plus edges in a canvas state, whichever shape the UI saved: Cytoscape's `elements` (a list or
 * {nodes, edges}) or top-level `nodes` and `edges` lists.
 */
export function elementCount(state: unknown): number {
  const s = (state ?? {}) as Record<string, unknown>;
  const size = (v: unknown) => (Array.isArray(v) ? v.length : 0);
  const elements = s.elements as Record<string, unknown> | unknown[] | undefined;
  if (Array.isArray(elements)) return elements.length;
  if (elements && typeof elements === 'object') return size(elements.nodes) + size(elements.edges);
  return size(s.nodes) + size(s.edges);
}

export async function saveInvestigation(db: GraphDb, id: string, title: string, state: unknown) {
  const params = {
    id,
    title,
    state: JSON.stringify(state),
    elementCount: elementCount(state),
    now: new Date().toISOString(),
  };
  const { records } = await db.write(SAVE, params);
  return records[0]?.get('investigation') as InvestigationRow;
}

export async function listInvestigations(db: GraphDb): Promise<InvestigationRow[]> {
  const { records } = await db.read(LIST);
  return records.map((r) => r.get('investigation') as InvestigationRow);
}

export async function getInvestigation(db: GraphDb, id: string): Promise<InvestigationRow | undefined> {
  const { records } = await db.read(GET, { id });
  return records[0]?.get('investigation') as InvestigationRow | undefined;
}

export async function deleteInvestigation(db: GraphDb, id: string): Promise<boolean> {
  const { records } = await db.write(DELETE, { id });
  return Number(records[0]?.get('deleted') ?? 0) > 0;
}
