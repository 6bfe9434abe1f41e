// Saving an analyst's query: validated exactly like a file query, then stored as a new version.
import { ThreadlineError } from '../errors/threadline-error.js';
import type { GraphDb } from '../runtime/graph-db.js';
import { checkDefinition } from './check-definition.js';
import { parseHeader } from './header-schema.js';
import { queryLibraryFor } from './library-cache.js';
import { storeQuery } from './stored-queries.js';
import type { SavedQueryDef } from './types.js';

export interface SaveQueryInput {
  name: string;
  title: string;
  description: string;
  cypher: string;
  parameters?: unknown[] | null;
  shows?: string | null;
  tags?: string[] | null;
  /** The version edited; CONFLICT when another save came in between. */
  baseVersion?: number | null;
}

/** Validates like a file query (header schema, read-only, parameters, EXPLAIN), then stores a new version. */
export async function saveQuery(db: GraphDb, input: SaveQueryInput, author: string): Promise<SavedQueryDef> {
  const { baseVersion, cypher, ...rest } = input;
  const parsed = parseHeader({
    ...rest,
    parameters: rest.parameters ?? [],
    shows: rest.shows ?? undefined,
    tags: rest.tags ?? [],
  });
  if ('problems' in parsed) {
    const details = parsed.problems.map((message) => ({ message }));
    throw new ThreadlineError('BAD_USER_INPUT', `Invalid saved query: ${parsed.problems[0]}`, details);
  }
  const library = await queryLibraryFor(db);
  if (library.fileNames.has(parsed.header.name)) {
    throw new ThreadlineError(
      'CONFLICT',
      `"${parsed.header.name}" is a file query (cypher/queries): file queries are read-only; choose another name`,
    );
  }
  const text = cypher.trim().replace(/;\s*$/, '');
  await checkDefinition(db, parsed.header, text);
  return storeQuery(db, { ...parsed.header, cypher: text }, author, baseVersion);
}
