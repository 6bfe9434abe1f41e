// Writes schema.graphql and the resolver types from it: called by `npm run generate` (scripts/generate.ts).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import codegenConfig, { GENERATED_RESOLVER_TYPES } from '../../codegen.js';
import { SCHEMA_FILE, schemaSdl } from './schema.js';

/** Regenerates both files under root; the drift test fails when the checked-in copies differ. */
export async function generateGraphQL(root: string, log: (line: string) => void = console.log) {
  await writeFile(path.join(root, SCHEMA_FILE), await schemaSdl());
  log(`wrote ${SCHEMA_FILE}`);
  const outputs = codegenConfig.generates as Record<string, object>;
  await generate(
    {
      ...codegenConfig,
      schema: path.join(root, SCHEMA_FILE),
      generates: { [path.join(root, GENERATED_RESOLVER_TYPES)]: outputs[GENERATED_RESOLVER_TYPES] ?? {} },
      silent: true,
    },
    true,
  );
  log(`wrote ${GENERATED_RESOLVER_TYPES}`);
}
