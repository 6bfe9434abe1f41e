// Writes naming a merged record land on its survivor (docs/analysis.md, mergeEntities).
//
// A merge keeps the duplicates as hidden `:Merged` records whose natural keys still derive their old ids, so an
// integration re-sending a duplicate's key would otherwise write to a record no view shows. Here such facts go to
// the survivor as a merge would have folded them: the duplicate's name becomes an alias (its key must not
// rename the survivor or break the survivor's id), its other properties follow the upsert rules, and its links
// are re-pointed under the id an upsert of the re-pointed fact derives, like the links the merge moved.
import type { ManagedTransaction } from 'neo4j-driver';
import { MODEL } from '../../model/index.js';
import { relationshipId } from '../../model/keys.js';
import type { Batch, EntityRecord, EntityRef, Properties, RelationshipRecord } from './batch-types.js';

// A survivor that is gone (erased) is no target: the write then stays where the key points.
const SURVIVORS = `
MATCH (n:Merged) WHERE n.id IN $ids
OPTIONAL MATCH (s:Entity {id: n.mergedInto})
RETURN n.id AS id, s.id AS into`;

/** Merges stack (a survivor merged in turn); unmerge keeps chains acyclic, this bound keeps a bad one finite. */
const MAX_CHAIN = 32;

/** Merged id → final survivor id, for the ids given (and the survivors they lead to). Empty when none is merged. */
export async function survivorsOf(
  tx: ManagedTransaction,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const step = new Map<string, string>();
  const asked = new Set<string>();
  let ask = [...new Set(ids)];
  for (let round = 0; ask.length > 0 && round < MAX_CHAIN; round++) {
    for (const id of ask) asked.add(id);
    const { records } = await tx.run(SURVIVORS, { ids: ask });
    const found = records.flatMap((r) => {
      const into = r.get('into') as string | null;
      return into ? [[r.get('id') as string, into] as const] : [];
    });
    for (const [id, into] of found) step.set(id, into);
    ask = [...new Set(found.map(([, into]) => into))].filter((into) => !asked.has(into));
  }
  const final = new Map<string, string>();
  for (const id of step.keys()) {
    let at = id;
    for (let hops = 0; step.has(at) && hops < MAX_CHAIN; hops++) at = step.get(at) as string;
    if (at !== id) final.set(id, at);
  }
  return final;
}

/** A merged record's facts as the survivor takes them: no identity of its own, its names as aliases. */
function asSurvivorFacts(entity: EntityRecord, survivor: string): EntityRecord {
  const kind = MODEL.kind(entity.kind);
  const identity = new Set([...kind.key.map((part) => part.property), kind.caption]);
  const properties: Properties = {};
  for (const [name, value] of Object.entries(entity.properties))
    if (!identity.has(name)) properties[name] = value;
  if (kind.properties.aliases) {
    const names = [entity.properties[kind.caption], ...((entity.properties.aliases as string[]) ?? [])];
    const aliases = [...new Set(names.filter((n): n is string => typeof n === 'string' && n.length > 0))];
    if (aliases.length > 0) properties.aliases = aliases;
  }
  return { kind: entity.kind, id: survivor, properties };
}

const follow = (ref: EntityRef, survivors: ReadonlyMap<string, string>): EntityRef => {
  const id = survivors.get(ref.id);
  return id ? { kind: ref.kind, id } : ref;
};

export interface Redirected {
  batch: Batch;
  /** Links between two records merged into one: the merge dropped such loops, and so does the write. */
  absorbed: number;
}

/** The batch with every fact about a merged record moved to its survivor. */
export function redirectBatch(batch: Batch, survivors: ReadonlyMap<string, string>): Redirected {
  if (survivors.size === 0) return { batch, absorbed: 0 };
  const entities = batch.entities.map((e) => {
    const survivor = survivors.get(e.id);
    return survivor ? asSurvivorFacts(e, survivor) : e;
  });
  let absorbed = 0;
  const relationships = batch.relationships.flatMap((r): RelationshipRecord[] => {
    const from = follow(r.from, survivors);
    const to = follow(r.to, survivors);
    if (from === r.from && to === r.to) return [r];
    if (from.id === to.id) {
      absorbed++;
      return [];
    }
    return [{ ...r, id: relationshipId(r.type, from.id, to.id, r.properties), from, to }];
  });
  return { batch: { entities, relationships }, absorbed };
}

/** Every entity id a batch names: its entities and its links' ends. */
export const idsNamedBy = (batch: Batch): string[] => [
  ...batch.entities.map((e) => e.id),
  ...batch.relationships.flatMap((r) => [r.from.id, r.to.id]),
];
