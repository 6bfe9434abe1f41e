// @neo4j/graphql type definitions for the same graph: one Entity type, a field per relationship and direction.
import { MODEL } from '../../model/index.js';

// Every node carries :Entity, so one type covers all kinds; captions differ by kind, so each caption
// property is a nullable field. Names come from the model (validated identifiers), never from input.
export const CAPTION_FIELDS = [...new Set(MODEL.kinds.map((k) => k.caption))].sort();
export const RELATIONSHIP_TYPES = MODEL.relationships.map((r) => r.name);

export function neo4jGraphqlTypeDefs(): string {
  const rels = RELATIONSHIP_TYPES.flatMap((t) => [
    `  out_${t}: [Entity!]! @relationship(type: "${t}", direction: OUT, properties: "Rel")`,
    `  in_${t}: [Entity!]! @relationship(type: "${t}", direction: IN, properties: "Rel")`,
  ]);
  return `
type Rel @relationshipProperties {
  id: ID
}

type Entity @node(labels: ["Entity"]) {
  id: ID!
  kind: String!
${CAPTION_FIELDS.map((f) => `  ${f}: String`).join('\n')}
${rels.join('\n')}
}
`;
}

const NODE = `id kind ${CAPTION_FIELDS.join(' ')}`;

/**
 * One hop around one entity, as a @neo4j/graphql user writes it: every relationship field in both
 * directions, each capped at `first: $limit` (the library has no cap across fields).
 */
export function neo4jGraphqlExpandQuery(): string {
  const fields = RELATIONSHIP_TYPES.flatMap((t) =>
    ['out', 'in'].map(
      (d) => `    ${d}_${t}Connection(first: $limit) { edges { properties { id } node { ${NODE} } } }`,
    ),
  );
  return `query Expand($id: ID!, $limit: Int!) {
  entities(where: { id: { eq: $id } }) {
    ${NODE}
${fields.join('\n')}
  }
}`;
}
