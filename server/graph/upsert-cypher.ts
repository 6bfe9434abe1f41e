// The upsert's statements. Each kind (or type) of a batch is one CALL over its rows (`$rows0`, `$rows1`, …), so a
// step is one round trip whatever the batch holds. A fact's properties are `row.props` plus `$shared<i>`: the
// values every row of the group has in common (write-facts.ts), sent once instead of once per row. Labels and types are spliced from the model only; every value
// is a parameter.
import { MODEL } from '../../model/index.js';

/**
 * One CALL that MERGEs rows by id: a new fact is created at once with `row.props` (what it would be if nothing were
 * stored), an existing one is write-locked and its stored properties come back (null for the new ones), so two
 * concurrent batches touching one fact are serialised. The lock marker `__lock` also tells the two apart (only a
 * matched fact has it; no model property has that name) and never outlives the statement. A created fact gets no
 * marker at all: an earlier version set and removed `__fresh` on it, two property writes per new fact.
 */
function createOrLock(i: number, merge: string, onCreate: readonly string[], v: string): string {
  return `CALL {
  UNWIND $rows${i} AS row
  ${merge}
  ON CREATE SET ${[...onCreate, `${v} = row.props`, `${v} += $shared${i}`].join(', ')}
  ON MATCH SET ${v}.__lock = true
  WITH row, ${v}, ${v}.__lock IS NULL AS fresh
  REMOVE ${v}.__lock
  RETURN collect({id: row.id, props: CASE WHEN fresh THEN null ELSE properties(${v}) END}) AS found${i}
}`;
}

const collected = (calls: readonly string[]) =>
  `${calls.join('\n')}\nRETURN ${calls.map((_, i) => `found${i}`).join(' + ')} AS found`;

/** Entities, one CALL per kind: `found` lists {id, props} for every row, props null where it was created. */
export const createOrLockEntities = (kinds: readonly string[]): string =>
  collected(
    kinds.map((kind, i) => {
      const label = MODEL.kind(kind).name;
      return createOrLock(i, 'MERGE (n:Entity {id: row.id})', [`n:${label}`], 'n');
    }),
  );

/**
 * Relationships, one CALL per type, found by the type's id constraint. A row whose ends are missing yields
 * nothing (MATCH), so `found` is shorter than the rows sent: the caller then asks MISSING_ENDS which.
 */
export const createOrLockRelationships = (types: readonly string[]): string =>
  collected(
    types.map((type, i) => {
      const merge = `MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
  MERGE (a)-[x:${MODEL.relationship(type).name} {id: row.id}]->(b)`;
      return createOrLock(i, merge, [], 'x');
    }),
  );

const written = (calls: readonly string[]) => `${calls.join('\n')}\nRETURN count(*) AS done`;

/** Existing entities that changed: their whole merged property map. */
export const updateEntities = (kinds: readonly string[]): string =>
  written(
    kinds.map(
      (kind, i) =>
        `CALL { UNWIND $rows${i} AS row MATCH (n:Entity {id: row.id}) SET n:${MODEL.kind(kind).name} SET n = row.props SET n += $shared${i} }`,
    ),
  );

/** Existing relationships that changed. */
export const updateRelationships = (types: readonly string[]): string =>
  written(
    types.map(
      (type, i) =>
        `CALL { UNWIND $rows${i} AS row MATCH ()-[x:${MODEL.relationship(type).name} {id: row.id}]->() SET x = row.props SET x += $shared${i} }`,
    ),
  );

/** The ids among $ends that no entity has: asked only when a relationship found no end. */
export const MISSING_ENDS =
  'UNWIND $ends AS id OPTIONAL MATCH (n:Entity {id: id}) WITH id, n WHERE n IS NULL RETURN id';
