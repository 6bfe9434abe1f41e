// Analysts' queries stored in Neo4j: a :SavedQuery node (outside :Entity, so no search or analysis sees
// it) holds the current version; every save also adds a :SavedQueryVersion, the history.
import neo4j from 'neo4j-driver';
import { ThreadlineError } from '../errors/threadline-error.js';
import { num } from '../read/shape.js';
import type { GraphDb } from '../runtime/graph-db.js';
import { HISTORY, LIST, LOCK, ONE, WRITE } from './stored-cypher.js';
import type { QueryHeader, QueryParameter, SavedQueryDef } from './types.js';

type StoredRow = Record<string, unknown>;

function toDef(row: StoredRow): SavedQueryDef {
  return {
    name: String(row.name),
    title: String(row.title),
    description: String(row.description),
    cypher: String(row.cypher),
    // Neo4j properties cannot hold maps: the parameter list is stored as JSON text.
    parameters: JSON.parse(String(row.parameters ?? '[]')) as QueryParameter[],
    shows: row.shows as SavedQueryDef['shows'],
    tags: (row.tags as string[] | null) ?? [],
    source: 'stored',
    version: num(row.version),
    origin: String(row.author ?? ''),
  };
}

export async function listStoredQueries(db: GraphDb): Promise<SavedQueryDef[]> {
  return (await db.read(LIST)).records.map((r) => toDef(r.get('q')));
}

export async function findStoredQuery(db: GraphDb, name: string): Promise<SavedQueryDef | undefined> {
  const row = (await db.read(ONE, { name })).records[0];
  return row ? toDef(row.get('q')) : undefined;
}

/** Past versions, newest first. */
export async function storedQueryHistory(db: GraphDb, name: string, limit = 50): Promise<SavedQueryDef[]> {
  const { records } = await db.read(HISTORY, { name, limit: neo4j.int(Math.max(1, Math.floor(limit))) });
  return records.map((r) => toDef(r.get('q')));
}

/**
 * Saves a new version. `baseVersion` is the version the analyst edited (0 for a new query): when
 * someone saved in between, CONFLICT, so an edit never silently overwrites another.
 */
export async function storeQuery(
  db: GraphDb,
  query: QueryHeader & { cypher: string },
  author: string,
  baseVersion?: number | null,
): Promise<SavedQueryDef> {
  const fields = {
    title: query.title,
    description: query.description,
    cypher: query.cypher,
    parameters: JSON.stringify(query.parameters),
    shows: query.shows,
    tags: query.tags,
  };
  const now = new Date().toISOString();
  const session = db.session('WRITE');
  try {
    return await session.executeWrite(async (tx) => {
      const current = num((await tx.run(LOCK, { name: query.name, now, author })).records[0]?.get('version'));
      if (baseVersion !== undefined && baseVersion !== null && baseVersion !== current) {
        throw new ThreadlineError(
          'CONFLICT',
          `Saved query "${query.name}" is at version ${current}, not ${baseVersion}: reload it and edit again`,
        );
      }
      const result = await tx.run(WRITE, { name: query.name, fields, author, now });
      return toDef(result.records[0]?.get('q'));
    });
  } finally {
    await session.close();
  }
}
