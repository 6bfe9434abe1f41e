// The loaded model: kinds and relationship types with provenance added, validated once at load.
import { KINDS } from './kinds.js';
import { PROVENANCE_PROPERTIES } from './provenance.js';
import { RELATIONSHIPS } from './relationships.js';
import type { KindSpec, PropertySpec, RelationshipSpec } from './types.js';
import { assertValidModel } from './validate-model.js';

export interface LoadedKind extends KindSpec {
  name: string;
  /** Own properties plus provenance properties. */
  properties: Readonly<Record<string, PropertySpec>>;
  /** The kind's own properties, without provenance. */
  own: readonly string[];
  searchable: readonly string[];
}

export interface LoadedRelationship extends RelationshipSpec {
  name: string;
  properties: Readonly<Record<string, PropertySpec>>;
  own: readonly string[];
}

export class Model {
  readonly kinds: readonly LoadedKind[];
  readonly relationships: readonly LoadedRelationship[];
  private readonly kindsByName: ReadonlyMap<string, LoadedKind>;
  private readonly relationshipsByName: ReadonlyMap<string, LoadedRelationship>;

  constructor(kinds: Record<string, KindSpec>, relationships: Record<string, RelationshipSpec>) {
    assertValidModel(kinds, relationships);
    this.kinds = Object.entries(kinds).map(([name, spec]) => {
      const properties = { ...spec.properties, ...PROVENANCE_PROPERTIES };
      const searchable = Object.entries(properties)
        .filter(([, p]) => p.searchable)
        .map(([p]) => p);
      return { ...spec, name, properties, own: Object.keys(spec.properties), searchable };
    });
    this.relationships = Object.entries(relationships).map(([name, spec]) => ({
      ...spec,
      name,
      properties: { ...spec.properties, ...PROVENANCE_PROPERTIES },
      own: Object.keys(spec.properties),
    }));
    this.kindsByName = new Map(this.kinds.map((k) => [k.name, k]));
    this.relationshipsByName = new Map(this.relationships.map((r) => [r.name, r]));
  }

  get kindNames(): string[] {
    return this.kinds.map((k) => k.name);
  }

  get relationshipNames(): string[] {
    return this.relationships.map((r) => r.name);
  }

  isKind(name: string): boolean {
    return this.kindsByName.has(name);
  }

  isRelationship(name: string): boolean {
    return this.relationshipsByName.has(name);
  }

  /** The kind by name; throws for an unknown name, so labels never come from unchecked input. */
  kind(name: string): LoadedKind {
    const kind = this.kindsByName.get(name);
    if (!kind) throw new Error(`Unknown kind "${name}"`);
    return kind;
  }

  relationship(name: string): LoadedRelationship {
    const rel = this.relationshipsByName.get(name);
    if (!rel) throw new Error(`Unknown relationship type "${name}"`);
    return rel;
  }

  /** Relationship types allowed between two kinds. */
  allows(type: string, fromKind: string, toKind: string): boolean {
    const rel = this.relationshipsByName.get(type);
    return !!rel && rel.from.includes(fromKind) && rel.to.includes(toKind);
  }
}

export const MODEL = new Model(KINDS, RELATIONSHIPS);
