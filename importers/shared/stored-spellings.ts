// Keeps how the graph already spells a node's key: a re-spelling that normalises equal says nothing new.
import { MODEL } from '../../model/index.js';
import type { GraphDb } from '../../server/runtime/graph-db.js';
import { chunk } from './chunk.js';
import type { PooledEntity } from './item-pool.js';

// Key properties whose normaliser folds spelling (case, punctuation): the ones that could flip.
const FOLDED = new Map(
  MODEL.kinds.map((k) => [k.name, k.key.filter((p) => p.normalize !== 'exact').map((p) => p.property)]),
);
const KEYS = [...new Set([...FOLDED.values()].flat())];

const READ = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, [k IN $keys | n[k]] AS values`;

/**
 * Without this, "OBORONLOGISTIKA, OOO" (2022) and "OBORONLOGISTIKA OOO" (2024) would rewrite one node's
 * name on every alternate import, and a seed's readable "Yanbian Silverstar …" would become the list's
 * capitals. The list's exact wording stays on the Sanction (`listedName`). Returns how many were kept.
 */
export async function keepStoredSpellings(db: GraphDb, entities: Iterable<PooledEntity>): Promise<number> {
  const byId = new Map([...entities].map((e) => [e.id, e]));
  let kept = 0;
  for (const ids of chunk([...byId.keys()], 10_000)) {
    const result = await db.read(READ, { ids, keys: KEYS });
    for (const record of result.records) {
      const entity = byId.get(record.get('id') as string);
      if (!entity) continue;
      const values = record.get('values') as unknown[];
      for (const property of FOLDED.get(entity.kind) ?? []) {
        const stored = values[KEYS.indexOf(property)];
        if (typeof stored === 'string' && stored !== entity.properties[property]) {
          entity.properties[property] = stored;
          kept += 1;
        }
      }
    }
  }
  return kept;
}
