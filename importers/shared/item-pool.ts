// Entities and relationships an import will write, each once: repeats merge (lists by union, first
// scalar wins) so that one Address shared by ten entries is one item, counted once, in the file that
// first named it.
import { MODEL } from '../../model/index.js';
import { entityId, relationshipId } from '../../model/keys.js';
import type { RawEntity, RawRelationship } from '../../server/graph/validate-batch.js';

export interface PooledEntity extends RawEntity {
  id: string;
  file: string;
}

export interface PooledRelationship extends RawRelationship {
  id: string;
  file: string;
}

function mergeInto(target: Record<string, unknown>, incoming: Record<string, unknown>, kind: string): void {
  const specs = MODEL.kind(kind).properties;
  for (const [name, value] of Object.entries(incoming)) {
    if (value === undefined) continue;
    const existing = target[name];
    if (specs[name]?.list && Array.isArray(existing) && Array.isArray(value)) {
      target[name] = [...new Set([...existing, ...value])];
    } else if (existing === undefined) {
      target[name] = value;
    }
  }
}

/** Drops undefined values and empty lists: "not stated" (and Neo4j cannot type an empty list). */
function stated(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(properties).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  );
}

export class ItemPool {
  readonly entities = new Map<string, PooledEntity>();
  readonly relationships = new Map<string, PooledRelationship>();

  /** Adds (or merges) an entity and returns its id, the one the write path will derive too. */
  entity(kind: string, properties: Record<string, unknown>, file: string): string {
    const props = stated(properties);
    const id = entityId(kind, props);
    const existing = this.entities.get(id);
    if (existing) mergeInto(existing.properties, props, kind);
    else this.entities.set(id, { kind, id, properties: props, file });
    return id;
  }

  relationship(
    type: string,
    from: { kind: string; id: string },
    to: { kind: string; id: string },
    properties: Record<string, unknown>,
    file: string,
  ): void {
    const props = stated(properties);
    const id = relationshipId(type, from.id, to.id, props);
    if (!this.relationships.has(id))
      this.relationships.set(id, { type, id, from, to, properties: props, file });
  }
}
