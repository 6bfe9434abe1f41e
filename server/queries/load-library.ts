// The file query library: cypher/queries/*.cypher, read and checked at start-up.
// A file that fails its checks is reported by name and SKIPPED, not fatal: one analyst's broken query
// must not keep the platform from starting. CI still fails on it (tests/integration/queries-*).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ThreadlineError } from '../errors/threadline-error.js';
import type { GraphDb } from '../runtime/graph-db.js';
import { checkDefinition } from './check-definition.js';
import { parseQueryFile } from './parse-query-file.js';
import type { SavedQueryDef } from './types.js';

export const QUERY_DIR = path.resolve(import.meta.dirname, '../../cypher/queries');
const CHECKS_AT_ONCE = 4;

export interface LoadProblem {
  file: string;
  code: string;
  message: string;
}

export interface QueryLibrary {
  queries: Map<string, SavedQueryDef>;
  problems: LoadProblem[];
  /** Names of every file, loaded or not: stored queries may not take them. */
  fileNames: Set<string>;
}

/** Reads and parses the files without a database (the docs generator uses this). */
export async function readQueryFiles(dir = QUERY_DIR): Promise<QueryLibrary> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cypher')).sort();
  const library: QueryLibrary = { queries: new Map(), problems: [], fileNames: new Set() };
  for (const file of files) {
    const base = path.basename(file, '.cypher');
    library.fileNames.add(base);
    const parsed = parseQueryFile(await readFile(path.join(dir, file), 'utf8'));
    const problem = (message: string) => library.problems.push({ file, code: 'BAD_USER_INPUT', message });
    if ('problems' in parsed) problem(`bad header: ${parsed.problems.join('; ')}`);
    else if (parsed.query.header.name !== base)
      problem(`name "${parsed.query.header.name}" must match the file name`);
    else {
      const { header, cypher } = parsed.query;
      library.queries.set(header.name, { ...header, cypher, source: 'file', version: 1, origin: file });
    }
  }
  return library;
}

/** Reads the files and checks each against the database (EXPLAIN); problems are logged and skipped. */
export async function loadQueryLibrary(
  db: GraphDb,
  dir = QUERY_DIR,
  log: (line: string) => void = (line) => console.warn(line),
): Promise<QueryLibrary> {
  const library = await readQueryFiles(dir);
  // A few side by side: planning dominates, and the database has cores to spare at start-up.
  const pending = [...library.queries.values()];
  const check = async (): Promise<void> => {
    const query = pending.shift();
    if (!query) return;
    try {
      await checkDefinition(db, query, query.cypher);
    } catch (error) {
      if (!(error instanceof ThreadlineError) || error.code === 'DATABASE_UNAVAILABLE') throw error;
      library.queries.delete(query.name);
      const where = error.details[0]?.path ? ` (${error.details[0].path})` : '';
      library.problems.push({ file: query.origin, code: error.code, message: `${error.message}${where}` });
    }
    return check();
  };
  await Promise.all(Array.from({ length: CHECKS_AT_ONCE }, check));
  library.problems.sort((a, b) => a.file.localeCompare(b.file));
  for (const p of library.problems) log(`saved queries: skipped ${p.file}: ${p.code}: ${p.message}`);
  return library;
}
