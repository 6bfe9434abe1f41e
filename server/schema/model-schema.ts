// Neo4j constraints and indexes derived from the model; written to cypher/schema/010-model.cypher.
import { MODEL } from '../../model/index.js';

const snake = (name: string): string => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/** The statements, one per line, in a stable order so the generated file only changes with the model. */
export function modelSchemaStatements(): string[] {
  const statements = [
    'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
    'CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)',
    'CREATE INDEX entity_synthetic IF NOT EXISTS FOR (n:Entity) ON (n.synthetic)',
    'CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchText]',
  ];
  for (const kind of MODEL.kinds) {
    statements.push(
      `CREATE CONSTRAINT ${snake(kind.name)}_id IF NOT EXISTS FOR (n:${kind.name}) REQUIRE n.id IS UNIQUE`,
    );
  }
  for (const rel of MODEL.relationships) {
    const name = rel.name.toLowerCase();
    statements.push(
      `CREATE CONSTRAINT rel_${name}_id IF NOT EXISTS FOR ()-[r:${rel.name}]-() REQUIRE r.id IS UNIQUE`,
    );
    if (rel.dated) {
      statements.push(
        `CREATE INDEX rel_${name}_${snake(rel.dated.from)} IF NOT EXISTS FOR ()-[r:${rel.name}]-() ON (r.${rel.dated.from})`,
      );
    }
  }
  return statements;
}

export const MODEL_SCHEMA_FILE = 'cypher/schema/010-model.cypher';

export function modelSchemaFile(): string {
  const header = [
    '// Generated from model/ by `npm run generate`: do not edit; CI fails when this file drifts.',
    '// Constraints give every entity and relationship a unique id (its natural key, hashed);',
    '// the full-text index serves search over names, aliases and identifiers.',
  ];
  return `${[...header, ...modelSchemaStatements().map((s) => `${s};`)].join('\n')}\n`;
}
