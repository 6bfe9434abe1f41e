// entity: one entity's properties (victims' personal ones masked) and the sources it cites, in one query.
import type { Kind, SourceRef } from '../graphql/__generated__/resolvers-types.js';
import type { GraphDb } from '../runtime/graph-db.js';
import { nodeProjection } from './fragments.js';
import { maskProperties } from './privacy.js';
import { runRead } from './run-read.js';
import { type NodeRow, toNode } from './shape.js';

/** The Entity parent object; relationships and timeline resolve from it with their own query. */
export interface EntityView {
  id: string;
  kind: Kind;
  caption: string;
  grade?: string | null;
  flags: string[];
  properties: Record<string, unknown>;
  masked: string[];
  sources: SourceRef[];
}

// A direct lookup by id shows retracted and merged entities too, flagged: the record stays readable.
const ENTITY = `
MATCH (n:Entity {id: $id})
RETURN ${nodeProjection('n')} AS node, properties(n) AS props,
  COLLECT {
    MATCH (s:Source) WHERE s.id IN coalesce(n.sourceIds, [])
    RETURN s {.id, .title, .publisher, .sourceType, .publishedOn, .url, .reliability}
  } AS sources`;

// Internal bookkeeping, not facts: never shown.
const HIDDEN = ['searchText', '__lock'];

export async function readEntity(db: GraphDb, id: string, unmask: boolean): Promise<EntityView | null> {
  const { records } = await runRead(db, ENTITY, { id });
  const record = records[0];
  if (!record) return null;
  const node = toNode(record.get('node') as NodeRow, unmask);
  // Sorted by name: the database keeps no order, and a stable one reads better and diffs cleanly.
  const stored = Object.fromEntries(
    Object.entries(record.get('props') as Record<string, unknown>)
      .filter(([name]) => !HIDDEN.includes(name))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  const { properties, masked } = maskProperties(node.kind, stored, unmask);
  return { ...node, properties, masked, sources: record.get('sources') as SourceRef[] };
}
