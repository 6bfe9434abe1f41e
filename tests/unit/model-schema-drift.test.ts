// cypher/schema/010-model.cypher is generated from the model: it must match what the model says now.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODEL } from '../../model/index.js';
import { parseSchemaFile } from '../../server/schema/apply-schema.js';
import {
  MODEL_SCHEMA_FILE,
  modelSchemaFile,
  modelSchemaStatements,
} from '../../server/schema/model-schema.js';

describe('model schema', () => {
  it('is checked in exactly as generated (run `npm run generate` after changing the model)', async () => {
    const file = await readFile(path.resolve(import.meta.dirname, '../..', MODEL_SCHEMA_FILE), 'utf8');
    expect(file).toBe(modelSchemaFile());
  });

  it('gives every kind and relationship type an id constraint, and parses back statement by statement', () => {
    const statements = parseSchemaFile(modelSchemaFile());
    expect(statements).toEqual(modelSchemaStatements());
    for (const kind of MODEL.kindNames)
      expect(statements.some((s) => s.includes(`(n:${kind}) REQUIRE n.id`))).toBe(true);
    for (const rel of MODEL.relationshipNames)
      expect(statements.some((s) => s.includes(`[r:${rel}]-() REQUIRE`))).toBe(true);
  });
});
