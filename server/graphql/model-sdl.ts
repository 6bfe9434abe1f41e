// GraphQL SDL generated from the model: the Kind and RelationshipType enums and one input type per kind.
import { type LoadedKind, MODEL, PROVENANCE_PROPERTIES, type PropertySpec } from '../../model/index.js';
import { INPUT_PROVENANCE } from '../graph/validate-batch.js';

// Dates stay strings: the model allows partial dates ("1970", "1970-05") that no Date scalar accepts.
const SCALARS: Record<PropertySpec['type'], string> = {
  string: 'String',
  int: 'Int',
  float: 'Float',
  boolean: 'Boolean',
  date: 'String',
  datetime: 'String',
};

// Plain English plurals read better in a request than "persons" or "aircrafts".
const IRREGULAR: Record<string, string> = { Person: 'people', Aircraft: 'aircraft' };

/** The UpsertInput field for a kind: `FrontCompany` → `frontCompanies`. */
export function inputFieldName(kind: string): string {
  const irregular = IRREGULAR[kind];
  if (irregular) return irregular;
  const camel = kind[0]?.toLowerCase() + kind.slice(1);
  if (/[^aeiou]y$/.test(camel)) return `${camel.slice(0, -1)}ies`;
  if (/(s|x|ch|sh)$/.test(camel)) return `${camel}es`;
  return `${camel}s`;
}

export const inputTypeName = (kind: string): string => `${kind}Input`;

const quote = (text: string): string => JSON.stringify(text);

function describe(spec: PropertySpec): string {
  const parts = [spec.description, spec.values ? `One of: ${spec.values.join(', ')}.` : undefined];
  if (spec.type === 'date') parts.push('A date: YYYY, YYYY-MM or YYYY-MM-DD.');
  if (spec.type === 'datetime') parts.push('An ISO 8601 date-time.');
  return parts.filter(Boolean).join(' ');
}

function fieldSdl(name: string, spec: PropertySpec): string {
  const scalar = name === 'sourceIds' ? 'ID' : SCALARS[spec.type];
  const type = `${spec.list ? `[${scalar}!]` : scalar}${spec.required ? '!' : ''}`;
  const description = describe(spec);
  return `${description ? `  ${quote(description)}\n` : ''}  ${name}: ${type}`;
}

function kindInputSdl(kind: LoadedKind): string {
  const fields = Object.entries(kind.properties)
    .filter(([name]) => isInputProperty(name))
    .map(([name, spec]) => fieldSdl(name, spec));
  return `${quote(`${kind.description}. Key: ${kind.key.map((k) => k.property).join(' + ')}.`)}\ninput ${inputTypeName(kind.name)} {\n${fields.join('\n')}\n}`;
}

// Own properties and the provenance an input may state; the writer keeps the rest (origins, retraction).
function isInputProperty(name: string): boolean {
  return !(name in PROVENANCE_PROPERTIES) || (INPUT_PROVENANCE as readonly string[]).includes(name);
}

function enumSdl(name: string, description: string, values: { name: string; description: string }[]): string {
  const body = values.map((v) => `  ${quote(v.description)}\n  ${v.name}`).join('\n');
  return `${quote(description)}\nenum ${name} {\n${body}\n}`;
}

function upsertInputSdl(): string {
  const lists = MODEL.kinds.map(
    (k) => `  ${quote(`${k.name} entities`)}\n  ${inputFieldName(k.name)}: [${inputTypeName(k.name)}!]`,
  );
  return `"A write batch: one transaction, all or nothing, idempotent by natural key."
input UpsertInput {
  "A Source every fact of the batch is backed by (upserted in the same transaction)."
  source: SourceInput
${lists.join('\n')}
  relationships: [RelationshipInput!]
}

"An entity named by id, or by its natural key properties (e.g. {network, address} for a Wallet)."
input EntityRefInput {
  kind: Kind!
  id: ID
  key: JSON
}

input RelationshipInput {
  type: RelationshipType!
  from: EntityRefInput!
  to: EntityRefInput!
  "The type's properties from the model (validated like entity properties)."
  properties: JSON
}`;
}

/** The generated part of the schema; changes only when the model does. */
export function modelSdl(): string {
  return [
    enumSdl(
      'Kind',
      'Entity kinds, from the model',
      MODEL.kinds.map((k) => ({ name: k.name, description: k.description })),
    ),
    enumSdl(
      'RelationshipType',
      'Relationship types, from the model',
      MODEL.relationships.map((r) => ({ name: r.name, description: r.description })),
    ),
    ...MODEL.kinds.map(kindInputSdl),
    upsertInputSdl(),
  ].join('\n\n');
}
