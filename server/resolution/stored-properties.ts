// Properties as Neo4j stores them, kept exact through JSON: integers stay integers when written back.
import neo4j from 'neo4j-driver';
import { ThreadlineError } from '../errors/threadline-error.js';

export type PropertyMap = Record<string, unknown>;

/** A node's or relationship's properties, with the names of those Neo4j holds as integers. */
export interface StoredProperties {
  props: PropertyMap;
  /** JavaScript has one number type and the driver sends numbers as floats: these go back as integers. */
  ints: string[];
}

/** Cypher map `{props, ints, exotic}` for a node or relationship variable x. */
export const storedProjection = (x: string): string =>
  `{props: properties(${x}), ` +
  `ints: [k IN keys(${x}) WHERE valueType(${x}[k]) =~ '(LIST<)?INTEGER.*'], ` +
  `exotic: [k IN keys(${x}) WHERE NOT valueType(${x}[k]) =~ '(LIST<)?(STRING|FLOAT|INTEGER|BOOLEAN|NOTHING).*']}`;

const plain = (value: unknown): unknown =>
  neo4j.isInt(value)
    ? (value as { toNumber(): number }).toNumber()
    : Array.isArray(value)
      ? value.map(plain)
      : value;

/**
 * The row of storedProjection as plain JSON values. Temporal or spatial values (never written by the model,
 * whose dates are strings) cannot be restored exactly from JSON, so they refuse the operation instead.
 */
export function fromStored(row: { props: PropertyMap; ints: string[]; exotic: string[] }, what: string) {
  if (row.exotic.length > 0) {
    throw new ThreadlineError('CONFLICT', `${what} holds values that cannot be merged and restored exactly`, [
      { path: what, message: row.exotic.join(', ') },
    ]);
  }
  const props: PropertyMap = {};
  for (const [key, value] of Object.entries(row.props)) props[key] = plain(value);
  return { props, ints: [...row.ints].sort() } satisfies StoredProperties;
}

/** Parameters that write the properties back with their stored types. */
export function forWrite({ props, ints }: StoredProperties): PropertyMap {
  const out: PropertyMap = { ...props };
  for (const key of ints) {
    const value = out[key];
    if (typeof value === 'number') out[key] = neo4j.int(value);
    else if (Array.isArray(value)) out[key] = value.map((v) => (typeof v === 'number' ? neo4j.int(v) : v));
  }
  return out;
}
