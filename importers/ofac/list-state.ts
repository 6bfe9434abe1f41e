// What the graph already knows of the list: which snapshots were imported, and each entry's state.
import { MODEL } from '../../model/index.js';
import type { GraphDb } from '../../server/runtime/graph-db.js';
import { LIST_NAME, ORIGIN, PUBLISHER } from './source.js';

export interface StoredEntity {
  id: string;
  kind: string;
  name: string;
  origins: string[];
}

export interface StoredEntry {
  entryId: string;
  status?: string;
  /** Date of the newest imported snapshot that stated anything about the entry (listed or delisted it). */
  lastSnapshot?: string;
  /** Entities SANCTIONED_UNDER the entry. */
  linked: StoredEntity[];
}

export interface ListState {
  /** Date of the newest snapshot imported so far; undefined before the first import. */
  lastSnapshot?: string;
  entries: Map<string, StoredEntry>;
}

const newest = (dates: readonly (string | undefined)[]): string | undefined =>
  dates
    .filter((d): d is string => !!d)
    .sort()
    .at(-1);

// Snapshots are known by their Source nodes: only this importer writes them, so another writer that
// touches a Sanction (a seed, an analyst) cannot move the list's clock.
const SNAPSHOT_SOURCES = `
MATCH (src:${MODEL.kind('Source').name})
WHERE $origin IN src.origins AND src.publisher = $publisher AND src.sourceType = 'list'
RETURN src.id AS id, src.publishedOn AS date`;

const ENTRIES = `
MATCH (s:${MODEL.kind('Sanction').name} {list: $list})
OPTIONAL MATCH (e:Entity)-[:${MODEL.relationship('SANCTIONED_UNDER').name}]->(s)
RETURN s.entryId AS entryId, s.status AS status, s.sourceIds AS sourceIds,
       collect(CASE WHEN e IS NULL THEN null
               ELSE {id: e.id, kind: e.kind, name: e.name, origins: e.origins} END) AS linked`;

export async function readListState(db: GraphDb): Promise<ListState> {
  const sources = await db.read(SNAPSHOT_SOURCES, { origin: ORIGIN, publisher: PUBLISHER });
  const dates = new Map(sources.records.map((r) => [r.get('id') as string, r.get('date') as string]));
  const result = await db.read(ENTRIES, { list: LIST_NAME });
  const entries = new Map<string, StoredEntry>();
  for (const record of result.records) {
    const entryId = record.get('entryId') as string;
    const sourceIds = (record.get('sourceIds') as string[] | null) ?? [];
    entries.set(entryId, {
      entryId,
      status: (record.get('status') as string | null) ?? undefined,
      lastSnapshot: newest(sourceIds.map((id) => dates.get(id))),
      linked: (record.get('linked') as StoredEntity[]).map((e) => ({ ...e, origins: e.origins ?? [] })),
    });
  }
  return { lastSnapshot: newest([...dates.values()]), entries };
}
