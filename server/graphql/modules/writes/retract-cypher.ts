// Retraction by id: an entity, or a relationship of any type (each type's id index is used, no scan).
import { MODEL } from '../../../../model/index.js';

// A relationship id carries no type, so every type is tried, each through its own unique-id index.
const relationshipBranches = MODEL.relationships
  .map((rel) => `  MATCH ()-[x:${rel.name} {id: $id}]->() SET x += $changes RETURN x.id AS hit`)
  .join('\n  UNION ALL\n');

/** Sets retracted on whatever carries the id; returns one row per thing retracted (none: not found). */
export const RETRACT = `
CALL () {
  MATCH (n:Entity {id: $id}) SET n += $changes RETURN n.id AS hit
  UNION ALL
${relationshipBranches}
}
RETURN hit`;
