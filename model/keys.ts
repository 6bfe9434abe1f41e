// Stable ids derived from natural keys: the same thing in the world always gets the same id.
// Server-only (node:crypto); the browser never derives ids.
import { createHash } from 'node:crypto';
import { MODEL } from './model.js';
import { NORMALIZERS } from './normalize.js';

const SEPARATOR = '\u001f';

function digest(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join(SEPARATOR)).digest('hex').slice(0, 24);
}

export class KeyError extends Error {
  constructor(
    readonly kind: string,
    readonly property: string,
  ) {
    super(`${kind}: key property "${property}" is missing or empty`);
    this.name = 'KeyError';
  }
}

/** The normalised key values of an entity, in key order; throws KeyError when a required part is absent. */
export function naturalKey(kind: string, properties: Readonly<Record<string, unknown>>): string[] {
  const spec = MODEL.kind(kind);
  return spec.key.map(({ property, normalize }) => {
    const raw = properties[property];
    const text = raw === undefined || raw === null ? '' : String(raw);
    const value = NORMALIZERS[normalize](text);
    if (value === '' && spec.properties[property]?.required) throw new KeyError(kind, property);
    return value;
  });
}

/** The entity id for a kind and its properties, e.g. `wal_3f0c…`. */
export function entityId(kind: string, properties: Readonly<Record<string, unknown>>): string {
  return `${MODEL.kind(kind).idPrefix}_${digest([kind, ...naturalKey(kind, properties)])}`;
}

/** The relationship id: type, both ends and the type's own key properties. */
export function relationshipId(
  type: string,
  fromId: string,
  toId: string,
  properties: Readonly<Record<string, unknown>>,
): string {
  const spec = MODEL.relationship(type);
  const keyValues = spec.key.map((property) => {
    const raw = properties[property];
    return raw === undefined || raw === null ? '' : String(raw).trim();
  });
  return `rel_${digest([type, fromId, toId, ...keyValues])}`;
}
