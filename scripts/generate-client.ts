// Typed client operations: graphql-codegen's client preset over the documents in web/src/api (codegen.ts).
import path from 'node:path';
import { type CodegenConfig, executeCodegen, generate } from '@graphql-codegen/cli';
import codegenConfig, { GENERATED_CLIENT_DIR } from '../codegen.js';
import { SCHEMA_FILE } from '../server/graphql/schema.js';

/** The client output of codegen.ts alone, from the checked-in schema.graphql under root. */
function clientConfig(root: string): CodegenConfig {
  const outputs = codegenConfig.generates as Record<string, object>;
  return {
    ...codegenConfig,
    cwd: root,
    schema: path.join(root, SCHEMA_FILE),
    generates: { [GENERATED_CLIENT_DIR]: outputs[GENERATED_CLIENT_DIR] ?? {} },
    silent: true,
  };
}

/** Writes web/src/api/__generated__; throws when an operation does not validate against the schema. */
export async function generateClientOperations(root: string, log: (line: string) => void = console.log) {
  await generate(clientConfig(root), true);
  log(`wrote ${GENERATED_CLIENT_DIR}`);
}

/** What generation would write, file by file (relative paths), without writing: for the drift test. */
export async function renderClientOperations(root: string): Promise<Map<string, string>> {
  const { result, error } = await executeCodegen(clientConfig(root));
  if (error) throw error;
  return new Map(
    result.map((file) => [path.relative(root, path.resolve(root, file.filename)), file.content]),
  );
}
