// The saved-query operations the API and the CLI share: list, find and run saved queries; ad-hoc Cypher.
import { notFound, ThreadlineError } from '../errors/threadline-error.js';
import type { GraphDb } from '../runtime/graph-db.js';
import { adHocParameters } from './ad-hoc-params.js';
import { queryLibraryFor } from './library-cache.js';
import { bindParameters } from './param-values.js';
import { type RunOptions, runReadQuery } from './run-query.js';
import { findStoredQuery, listStoredQueries } from './stored-queries.js';
import type { QueryResultJson, SavedQueryDef } from './types.js';

/** File queries first (they are the reviewed catalogue), then analysts' stored ones, each by name. */
export async function listSavedQueries(db: GraphDb): Promise<SavedQueryDef[]> {
  const library = await queryLibraryFor(db);
  const files = [...library.queries.values()].sort((a, b) => a.name.localeCompare(b.name));
  const stored = (await listStoredQueries(db)).filter((q) => !library.fileNames.has(q.name));
  return [...files, ...stored];
}

export async function findSavedQuery(db: GraphDb, name: string): Promise<SavedQueryDef> {
  const library = await queryLibraryFor(db);
  const query =
    library.queries.get(name) ?? (library.fileNames.has(name) ? undefined : await findStoredQuery(db, name));
  if (query) return query;
  const skipped = library.problems.find((p) => p.file === `${name}.cypher`);
  if (skipped) throw notFound(`Saved query "${name}" was skipped at start-up: ${skipped.message}`);
  throw notFound(`No saved query named "${name}"`);
}

export async function runSavedQuery(
  db: GraphDb,
  name: string,
  params: unknown,
  options: RunOptions = {},
): Promise<QueryResultJson> {
  const query = await findSavedQuery(db, name);
  const bound = bindParameters(query.parameters, params);
  // File queries were EXPLAINed at start-up; stored ones are re-planned, as the checks may have grown.
  return runReadQuery(db, query.cypher, bound, { ...options, checkPlan: query.source === 'stored' });
}

/** Ad-hoc Cypher: the same read transaction, limits and static check, plus a plan check first. */
export async function runCypher(
  db: GraphDb,
  cypher: string,
  params: unknown,
  options: RunOptions = {},
): Promise<QueryResultJson> {
  if (cypher.trim() === '') throw new ThreadlineError('BAD_USER_INPUT', 'cypher must not be empty');
  return runReadQuery(db, cypher.trim().replace(/;\s*$/, ''), adHocParameters(params), {
    ...options,
    checkPlan: true,
  });
}
