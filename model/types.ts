// The vocabulary of the declarative model: what a kind, a property and a relationship type may say.

/** Scalar types a property can hold; lists are marked with `list: true`. */
export type PropertyType = 'string' | 'int' | 'float' | 'boolean' | 'date' | 'datetime';

/** How a key or searchable value is normalised before it is compared or hashed. */
export type Normalizer = 'name' | 'address' | 'wallet' | 'domain' | 'phone' | 'email' | 'exact';

export interface PropertySpec {
  type: PropertyType;
  /** A list of values; lists merge by union on upsert (see docs/model.md). Defaults to false. */
  list?: boolean;
  /** Must be present on every write. Key properties are always required. Defaults to false. */
  required?: boolean;
  /** Indexed for full-text search (names, aliases, identifiers). Defaults to false. */
  searchable?: boolean;
  /** Personal data of a possible victim: masked unless the caller may unmask. Defaults to false. */
  personal?: boolean;
  /** Allowed values, when the property is an enumeration. */
  values?: readonly string[];
  description?: string;
}

export interface KeyPart {
  property: string;
  normalize: Normalizer;
}

export interface KindSpec {
  description: string;
  /** Properties whose normalised values identify the thing in the world: the natural key. */
  key: readonly KeyPart[];
  properties: Readonly<Record<string, PropertySpec>>;
  /** Property shown as the node's label. */
  caption: string;
  /** Shown instead when an entity has no `caption` property (a delisted sanctions entry has no listed name). */
  captionFallback?: string;
  /**
   * Weight of this kind's search hits, in (0, 1]; default 1. Records about entities (a list entry, a document)
   * rank below the entity they name when both match about as well: searching "Yanbian" finds the company first.
   */
  searchRank?: number;
  /** Short id prefix, e.g. `wal` for wallets. */
  idPrefix: string;
  style: { color: string; icon: string; shape: string };
  /** Whether this kind belongs to the product's core (the six kinds of the brief). */
  core?: boolean;
}

export interface RelationshipSpec {
  description: string;
  from: readonly string[];
  to: readonly string[];
  properties: Readonly<Record<string, PropertySpec>>;
  /**
   * Properties that tell two links of this type between the same pair apart (a transfer's tx hash).
   * Empty: at most one link of this type between two entities.
   */
  key: readonly string[];
  /** Dated relationships feed timelines and the time filter. */
  dated?: { from: string; to?: string };
  /** Money flows: the property holding the amount, drawn as edge width. */
  amount?: string;
  /** Links through shared infrastructure (used for community detection). */
  infrastructure?: boolean;
  style: { color: string; lineStyle?: 'solid' | 'dashed' | 'dotted' };
}
