// One file library per database handle, loaded once: the server primes it at start-up, and anything
// that runs before (tests, the CLI) loads it on first use.
import type { GraphDb } from '../runtime/graph-db.js';
import { loadQueryLibrary, QUERY_DIR, type QueryLibrary } from './load-library.js';

const libraries = new WeakMap<GraphDb, Promise<QueryLibrary>>();

export function queryLibraryFor(db: GraphDb): Promise<QueryLibrary> {
  let library = libraries.get(db);
  if (!library) {
    library = loadQueryLibrary(db);
    // A failed load (database away) must not be cached: the next request tries again.
    library.catch(() => libraries.delete(db));
    libraries.set(db, library);
  }
  return library;
}

/**
 * Start-up (server/boot): loads the file library now, logging one line per skipped file and a summary,
 * so the first analyst does not wait for it. Throws only when the database is unreachable.
 */
export async function loadQueryLibraryAtStartUp(
  db: GraphDb,
  log: (line: string) => void,
): Promise<QueryLibrary> {
  const library = loadQueryLibrary(db, QUERY_DIR, log);
  libraries.set(db, library);
  library.catch(() => libraries.delete(db));
  const loaded = await library;
  log(`saved queries: ${loaded.queries.size} loaded, ${loaded.problems.length} skipped`);
  return loaded;
}
