// Attribute declarations for GraphML and GEXF, derived from the model so that every property has one type.
import { MODEL, type PropertySpec } from '../../model/index.js';

export type AttributeType = 'string' | 'long' | 'double' | 'boolean';

export interface Attribute {
  name: string;
  type: AttributeType;
}

function attributeType(spec: PropertySpec): AttributeType {
  // Lists travel as JSON text: neither GraphML nor GEXF 1.2 has a list type every reader understands.
  if (spec.list) return 'string';
  if (spec.type === 'int') return 'long';
  if (spec.type === 'float') return 'double';
  if (spec.type === 'boolean') return 'boolean';
  return 'string';
}

function collect(
  specs: ReadonlyArray<Readonly<Record<string, PropertySpec>>>,
  fixed: Attribute[],
): Attribute[] {
  const byName = new Map(fixed.map((a) => [a.name, a]));
  for (const properties of specs) {
    for (const [name, spec] of Object.entries(properties)) {
      if (!byName.has(name)) byName.set(name, { name, type: attributeType(spec) });
    }
  }
  for (const name of ['createdAt', 'updatedAt'])
    if (!byName.has(name)) byName.set(name, { name, type: 'string' });
  return [...byName.values()];
}

export const NODE_ATTRIBUTES: readonly Attribute[] = collect(
  MODEL.kinds.map((k) => k.properties),
  [
    { name: 'kind', type: 'string' },
    { name: 'caption', type: 'string' },
  ],
);

export const EDGE_ATTRIBUTES: readonly Attribute[] = collect(
  MODEL.relationships.map((r) => r.properties),
  [{ name: 'type', type: 'string' }],
);

/** The text form of a property value inside an XML attribute table. */
export function attributeText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  return Array.isArray(value) ? JSON.stringify(value) : String(value);
}
