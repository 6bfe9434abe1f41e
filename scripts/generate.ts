// Regenerates the files derived from the model (`npm run generate`); tests fail when they drift.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MODEL_SCHEMA_FILE, modelSchemaFile } from '../server/schema/model-schema.js';

const root = path.resolve(import.meta.dirname, '..');
await writeFile(path.join(root, MODEL_SCHEMA_FILE), modelSchemaFile());
console.log(`wrote ${MODEL_SCHEMA_FILE}`);
