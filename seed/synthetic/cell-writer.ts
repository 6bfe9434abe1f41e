// Collects one cell's entities and relationships, stamping each with the synthetic provenance.
import { entityId } from '../../model/keys.js';
import type { RawEntity, RawEntityRef, RawRelationship } from '../../server/graph/validate-batch.js';
import type { Rng } from './rng.js';

type Props = Record<string, string | number | boolean | string[] | undefined>;

/**
 * A reference by id, derived from the natural key exactly as validateBatch derives it. Why ids and not keys:
 * an entity is hashed once here instead of once per link that names it (half the hashing of a large seed).
 */
export function refTo(kind: string, properties: Props): RawEntityRef {
  return { kind, id: entityId(kind, properties) };
}

/** Drops undefined values, so optional properties can be written inline. */
function defined(properties: Props): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(properties)) if (value !== undefined) out[name] = value;
  return out;
}

export class CellWriter {
  readonly entities: RawEntity[] = [];
  readonly relationships: RawRelationship[] = [];

  constructor(
    private readonly rng: Rng,
    private readonly sourceIds: readonly string[],
  ) {}

  /** Most synthetic facts are `probable`; one in five is `unverified`, so grade filters have work to do. */
  private provenance(): Record<string, unknown> {
    return {
      synthetic: true,
      sourceIds: [...this.sourceIds],
      grade: this.rng() < 0.2 ? 'unverified' : 'probable',
    };
  }

  entity(kind: string, properties: Props): RawEntityRef {
    this.entities.push({ kind, properties: { ...defined(properties), ...this.provenance() } });
    return refTo(kind, properties);
  }

  link(type: string, from: RawEntityRef, to: RawEntityRef, properties: Props = {}): void {
    this.relationships.push({ type, from, to, properties: { ...defined(properties), ...this.provenance() } });
  }

  get size(): number {
    return this.entities.length + this.relationships.length;
  }
}
