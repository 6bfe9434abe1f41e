// docs/queries.md is generated from the query headers; this fails when someone forgets to regenerate.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_FILE, catalogueMarkdown } from '../../server/queries/catalogue.js';
import { readQueryFiles } from '../../server/queries/load-library.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('the query catalogue', () => {
  it('every query file has a valid header', async () => {
    const library = await readQueryFiles();
    expect(library.problems).toEqual([]);
    expect(library.queries.size).toBeGreaterThanOrEqual(12);
  });

  it('docs/queries.md matches the headers (run scripts/generate-query-docs.ts)', async () => {
    const expected = catalogueMarkdown(await readQueryFiles());
    expect(await readFile(path.join(root, CATALOGUE_FILE), 'utf8')).toBe(expected);
  });
});
