// A saved investigation's entities and relationships: the elements of its canvas state.
import { notFound } from '../../errors/threadline-error.js';
import type { GraphDb } from '../../runtime/graph-db.js';
import type { Subgraph } from './subgraph.js';

const STATE = 'MATCH (i:Investigation {id: $id}) RETURN i.state AS state';

interface Element {
  group?: string;
  data?: { id?: unknown; source?: unknown; target?: unknown };
}

/** Every element of the state, whichever shape the UI saved (see investigations/store.ts elementCount). */
function elementsOf(state: unknown): Element[] {
  const s = (state ?? {}) as Record<string, unknown>;
  const list = (v: unknown): Element[] => (Array.isArray(v) ? (v as Element[]) : []);
  const elements = s.elements as Record<string, unknown> | unknown[] | undefined;
  if (Array.isArray(elements)) return list(elements);
  if (elements && typeof elements === 'object') return [...list(elements.nodes), ...list(elements.edges)];
  return [...list(s.nodes), ...list(s.edges)];
}

/**
 * Node and edge ids on the canvas. Group and overflow nodes are canvas furniture, not entities; reading
 * by id later keeps only the entities that still exist and are visible, so no filter is needed here.
 */
export async function investigationSubgraph(db: GraphDb, id: string): Promise<Subgraph> {
  const { records } = await db.read(STATE, { id });
  const raw = records[0]?.get('state');
  if (typeof raw !== 'string') {
    throw notFound(`No investigation ${id}`, [{ path: 'scope.id', message: 'not found' }]);
  }
  const nodeIds: string[] = [];
  const relationshipIds: string[] = [];
  for (const element of elementsOf(JSON.parse(raw))) {
    const elementId = element.data?.id;
    if (typeof elementId !== 'string') continue;
    const isEdge =
      element.group === 'edges' || (element.data?.source != null && element.data?.target != null);
    (isEdge ? relationshipIds : nodeIds).push(elementId);
  }
  return { nodeIds, relationshipIds, truncated: false };
}
