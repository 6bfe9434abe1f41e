// Validation of a raw write batch against the model: typed values, known kinds, allowed links, keys.
import { z } from 'zod';
import { MODEL, type PropertySpec } from '../../model/index.js';
import { entityId, KeyError, relationshipId } from '../../model/keys.js';
import { badInput, type ErrorDetail, ThreadlineError } from '../errors/threadline-error.js';
import type { Batch, EntityRecord, EntityRef, Properties, RelationshipRecord } from './batch-types.js';
import { propertySchema } from './property-schemas.js';

/** Most items one batch may hold; larger batches are refused with BATCH_TOO_LARGE. */
export const MAX_BATCH_ITEMS = 10_000;

/** Provenance an input may state; the writer keeps the others (origins, timestamps, retraction). */
export const INPUT_PROVENANCE = ['sourceIds', 'grade', 'synthetic', 'firstSeen', 'lastSeen'] as const;

export interface RawEntity {
  kind: string;
  properties: Record<string, unknown>;
}

export interface RawEntityRef {
  kind: string;
  /** Either the id or the key properties. */
  id?: string;
  key?: Record<string, unknown>;
}

export interface RawRelationship {
  type: string;
  from: RawEntityRef;
  to: RawEntityRef;
  properties?: Record<string, unknown>;
}

export interface RawBatch {
  entities?: RawEntity[];
  relationships?: RawRelationship[];
}

function objectSchema(properties: Readonly<Record<string, PropertySpec>>, own: readonly string[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, spec] of Object.entries(properties)) {
    if (!own.includes(name) && !(INPUT_PROVENANCE as readonly string[]).includes(name)) continue;
    const schema = propertySchema(spec);
    shape[name] = spec.required ? schema : schema.nullish();
  }
  return z.strictObject(shape);
}

// Built once: one zod schema per kind and per relationship type, straight from the model.
const entitySchemas = new Map(MODEL.kinds.map((k) => [k.name, objectSchema(k.properties, k.own)] as const));
const relationshipSchemas = new Map(
  MODEL.relationships.map((r) => [r.name, objectSchema(r.properties, r.own)] as const),
);

function issues(error: z.ZodError, prefix: string): ErrorDetail[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].join('.');
    const field = issue.path.length > 0 ? issue.path.join('.') : undefined;
    const unknownKeys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
    return { path, message: `${field ? `${field}: ` : ''}${issue.message}${unknownKeys}` };
  });
}

/** Drops null and undefined values, which mean "not stated" in every input. */
function stated(values: Record<string, unknown>): Properties {
  const out: Properties = {};
  for (const [key, value] of Object.entries(values)) {
    if (value !== null && value !== undefined) out[key] = value as Properties[string];
  }
  return out;
}

function validateEntity(raw: RawEntity, path: string, details: ErrorDetail[]): EntityRecord | undefined {
  if (!raw || typeof raw !== 'object' || !MODEL.isKind(String(raw.kind))) {
    details.push({ path: `${path}.kind`, message: `unknown kind "${String(raw?.kind)}"` });
    return undefined;
  }
  const parsed = entitySchemas.get(raw.kind)?.safeParse(raw.properties ?? {});
  if (!parsed?.success) {
    if (parsed) details.push(...issues(parsed.error, `${path}.properties`));
    return undefined;
  }
  const properties = stated(parsed.data as Record<string, unknown>);
  try {
    return { kind: raw.kind, id: entityId(raw.kind, properties), properties };
  } catch (error) {
    if (error instanceof KeyError)
      details.push({ path: `${path}.properties.${error.property}`, message: error.message });
    else throw error;
    return undefined;
  }
}

function resolveRef(ref: RawEntityRef, path: string, details: ErrorDetail[]): EntityRef | undefined {
  if (!ref || typeof ref !== 'object' || !MODEL.isKind(String(ref.kind))) {
    details.push({ path: `${path}.kind`, message: `unknown kind "${String(ref?.kind)}"` });
    return undefined;
  }
  if (typeof ref.id === 'string' && ref.id.length > 0) {
    if (!ref.id.startsWith(`${MODEL.kind(ref.kind).idPrefix}_`)) {
      details.push({ path: `${path}.id`, message: `id "${ref.id}" is not the id of a ${ref.kind}` });
      return undefined;
    }
    return { kind: ref.kind, id: ref.id };
  }
  try {
    return { kind: ref.kind, id: entityId(ref.kind, ref.key ?? {}) };
  } catch (error) {
    if (!(error instanceof KeyError)) throw error;
    details.push({ path: `${path}.key.${error.property}`, message: error.message });
    return undefined;
  }
}

function validateRelationship(
  raw: RawRelationship,
  path: string,
  details: ErrorDetail[],
): RelationshipRecord | undefined {
  if (!raw || typeof raw !== 'object' || !MODEL.isRelationship(String(raw.type))) {
    details.push({ path: `${path}.type`, message: `unknown relationship type "${String(raw?.type)}"` });
    return undefined;
  }
  const from = resolveRef(raw.from, `${path}.from`, details);
  const to = resolveRef(raw.to, `${path}.to`, details);
  const parsed = relationshipSchemas.get(raw.type)?.safeParse(raw.properties ?? {});
  if (!parsed?.success) {
    if (parsed) details.push(...issues(parsed.error, `${path}.properties`));
    return undefined;
  }
  if (!from || !to) return undefined;
  if (!MODEL.allows(raw.type, from.kind, to.kind)) {
    details.push({ path, message: `${raw.type} does not link ${from.kind} to ${to.kind}` });
    return undefined;
  }
  const properties = stated(parsed.data as Record<string, unknown>);
  return { type: raw.type, id: relationshipId(raw.type, from.id, to.id, properties), from, to, properties };
}

/**
 * Validates a whole batch and returns it typed, or throws one ThreadlineError listing every bad item,
 * so that a client fixes them all at once. Nothing is written by validation.
 */
export function validateBatch(raw: RawBatch, maxItems = MAX_BATCH_ITEMS): Batch {
  const rawEntities = raw.entities ?? [];
  const rawRelationships = raw.relationships ?? [];
  const size = rawEntities.length + rawRelationships.length;
  if (size > maxItems) {
    throw new ThreadlineError('BATCH_TOO_LARGE', `The batch has ${size} items; the limit is ${maxItems}`);
  }
  const details: ErrorDetail[] = [];
  const entities = rawEntities.map((e, i) => validateEntity(e, `entities[${i}]`, details));
  const relationships = rawRelationships.map((r, i) =>
    validateRelationship(r, `relationships[${i}]`, details),
  );
  if (details.length > 0) {
    const first = details[0];
    const more = details.length > 1 ? ` (and ${details.length - 1} more)` : '';
    throw badInput(`Invalid batch: ${first?.path}: ${first?.message}${more}`, details);
  }
  return {
    entities: entities.filter((e): e is EntityRecord => e !== undefined),
    relationships: relationships.filter((r): r is RelationshipRecord => r !== undefined),
  };
}
