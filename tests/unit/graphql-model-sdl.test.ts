// The model-generated SDL: every kind and relationship type appears, inputs follow the model.
import { buildSchema, isEnumType, isInputObjectType, isNonNullType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MODEL } from '../../model/index.js';
import { baseTypeDefs } from '../../server/graphql/base-type-defs.js';
import { inputFieldName, modelSdl } from '../../server/graphql/model-sdl.js';

const schema = buildSchema(`${baseTypeDefs}\nextend type Query { ok: Boolean }\n${modelSdl()}`);

describe('model SDL', () => {
  it('enumerates exactly the model kinds and relationship types', () => {
    const kind = schema.getType('Kind');
    const rel = schema.getType('RelationshipType');
    if (!isEnumType(kind) || !isEnumType(rel)) throw new Error('missing enums');
    expect(kind.getValues().map((v) => v.name)).toEqual(MODEL.kindNames);
    expect(rel.getValues().map((v) => v.name)).toEqual(MODEL.relationshipNames);
  });

  it('gives each kind an input with its own properties, required ones non-null', () => {
    for (const kind of MODEL.kinds) {
      const input = schema.getType(`${kind.name}Input`);
      if (!isInputObjectType(input)) throw new Error(`no input for ${kind.name}`);
      const fields = input.getFields();
      for (const [name, spec] of Object.entries(kind.properties)) {
        if (['origins', 'retracted', 'retractedReason'].includes(name)) {
          expect(fields[name], `${kind.name}.${name} is the writer's`).toBeUndefined();
          continue;
        }
        expect(fields[name], `${kind.name}.${name}`).toBeDefined();
        expect(isNonNullType(fields[name]?.type)).toBe(spec.required === true);
      }
    }
  });

  it('names the batch lists in plain English plurals', () => {
    expect(inputFieldName('Worker')).toBe('workers');
    expect(inputFieldName('Identity')).toBe('identities');
    expect(inputFieldName('Address')).toBe('addresses');
    expect(inputFieldName('FrontCompany')).toBe('frontCompanies');
    expect(inputFieldName('Person')).toBe('people');
    const upsert = schema.getType('UpsertInput');
    if (!isInputObjectType(upsert)) throw new Error('no UpsertInput');
    expect(Object.keys(upsert.getFields())).toEqual([
      'source',
      ...MODEL.kindNames.map(inputFieldName),
      'relationships',
    ]);
  });
});
