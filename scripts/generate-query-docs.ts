// Writes docs/queries.md from the query headers (hook into `npm run generate`); a test fails on drift.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CATALOGUE_FILE, catalogueMarkdown } from '../server/queries/catalogue.js';
import { readQueryFiles } from '../server/queries/load-library.js';

const root = path.resolve(import.meta.dirname, '..');
await writeFile(path.join(root, CATALOGUE_FILE), catalogueMarkdown(await readQueryFiles()));
console.log(`wrote ${CATALOGUE_FILE}`);
