// Drift check of the typed client operations: web/src/api/__generated__ is what `npm run generate` makes of
// schema.graphql and the operations in web/src/api, and every operation the UI sends validates against the schema.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderClientOperations } from '../../scripts/generate-client.js';
import { SCHEMA_FILE } from '../../server/graphql/schema.js';
import * as operations from '../../web/src/api/__generated__/graphql.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('typed client operations', () => {
  it('web/src/api/__generated__ matches the operations and schema.graphql', async () => {
    // Generation itself fails when an operation in web/src/api no longer validates against the schema.
    const rendered = await renderClientOperations(root);
    expect(rendered.size).toBeGreaterThan(0);
    for (const [file, content] of rendered) {
      const checkedIn = await readFile(path.join(root, file), 'utf8').catch(() => '(missing)');
      expect(checkedIn, `${file} drifted: run \`npm run generate\``).toBe(content);
    }
  }, 60_000);

  it('every checked-in operation validates against schema.graphql', async () => {
    const schema = buildSchema(await readFile(path.join(root, SCHEMA_FILE), 'utf8'));
    const documents = Object.entries(operations).filter(
      ([name, value]) => name.endsWith('Document') && value instanceof String,
    );
    expect(documents.length).toBeGreaterThan(10);
    for (const [name, document] of documents) {
      const errors = validate(schema, parse(String(document))).map((e) => e.message);
      expect(errors, `${name} no longer validates: fix the operation in web/src/api`).toEqual([]);
    }
  });
});
