// Drift check: schema.graphql and the resolver types are what `npm run generate` makes of the code.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { executeCodegen } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import codegenConfig, { GENERATED_RESOLVER_TYPES } from '../../codegen.js';
import { SCHEMA_FILE, schemaSdl } from '../../server/graphql/schema.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('generated GraphQL files', () => {
  it('schema.graphql matches the schema built from the model and modules', async () => {
    const checkedIn = await readFile(path.join(root, SCHEMA_FILE), 'utf8');
    expect(checkedIn, 'schema.graphql drifted: run `npm run generate`').toBe(await schemaSdl());
  });

  it('the resolver types match schema.graphql', async () => {
    const outputs = codegenConfig.generates as Record<string, object>;
    const { result } = await executeCodegen({
      ...codegenConfig,
      cwd: root,
      schema: path.join(root, SCHEMA_FILE),
      generates: { [GENERATED_RESOLVER_TYPES]: outputs[GENERATED_RESOLVER_TYPES] ?? {} },
      silent: true,
    });
    const checkedIn = await readFile(path.join(root, GENERATED_RESOLVER_TYPES), 'utf8');
    expect(checkedIn, 'resolver types drifted: run `npm run generate`').toBe(result[0]?.content);
  }, 60_000);
});
