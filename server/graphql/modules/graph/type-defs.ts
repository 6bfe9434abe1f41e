// Graph exploration: the neighbourhood of entities and the paths between two of them.
import { LINKS_PER_TYPE, SUPERNODE_DEGREE } from '../../../read/supernode.js';

export const typeDefs = /* GraphQL */ `
type Neighborhood {
  nodes: [Node!]!
  edges: [Edge!]!
  "Some neighbours were left out (limit, or per-node sampling beyond the first hop)."
  truncated: Boolean!
  "First-hop neighbours left out, by kind: what offset (show more) still brings."
  omitted: [KindCount!]!
  "All first-hop neighbours that match the filters, by kind."
  total: [KindCount!]!
  """
  False when a start is a supernode (more than ${SUPERNODE_DEGREE.toLocaleString('en-US')} links) and the read of
  some relationship type stopped at ${LINKS_PER_TYPE.toLocaleString('en-US')} links: total and omitted are then lower
  bounds. A supernode read in full under the filters (every type short of the cap) keeps exact totals.
  """
  totalsExact: Boolean!
}

type Path {
  nodes: [Node!]!
  edges: [Edge!]!
  length: Int!
}

type PathResult {
  paths: [Path!]!
  "More paths exist than limit, or the search hit its time budget."
  truncated: Boolean!
}

extend type Query {
  "Entities within depth hops (1-3) of ids; limit (1-1000) caps the nodes returned, offset pages the first hop."
  neighborhood(
    ids: [ID!]!
    depth: Int = 1
    kinds: [Kind!]
    relationshipTypes: [RelationshipType!]
    limit: Int = 200
    offset: Int = 0
  ): Neighborhood!
  """
  Shortest paths (all of the shortest when all) of at most maxHops (1-8), never through a Sanction or Source,
  nor through an entity with more than maxDegree links (a supernode: a big employer links thousands of people
  who never met). maxDegree null: no such bound.
  """
  paths(
    from: ID!
    to: ID!
    maxHops: Int = 6
    limit: Int = 5
    all: Boolean = true
    maxDegree: Int = ${SUPERNODE_DEGREE}
  ): PathResult!
}
`;
