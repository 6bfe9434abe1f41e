// Regenerates every file derived from the model or the query headers (`npm run generate`); tests fail on drift.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateGraphQL } from '../server/graphql/generate.js';
import { MODEL_SCHEMA_FILE, modelSchemaFile } from '../server/schema/model-schema.js';
import { generateClientOperations } from './generate-client.js';

const root = path.resolve(import.meta.dirname, '..');
await writeFile(path.join(root, MODEL_SCHEMA_FILE), modelSchemaFile());
console.log(`wrote ${MODEL_SCHEMA_FILE}`);
await generateGraphQL(root);
await generateClientOperations(root);
await import('./generate-query-docs.js');
