// Graph-shaped reads: `neighborhood` (expand) and `paths`.
import { graphql } from './__generated__/gql.js';
import type { Kind, RelationshipType } from './__generated__/graphql.js';
import { gql } from './client.js';
import type { Neighborhood, PathResult } from './types.js';

export interface ExpandOptions {
  kinds?: string[];
  relationshipTypes?: string[];
  limit?: number;
  offset?: number;
}

const NeighborhoodQuery = graphql(`
  query Neighborhood(
    $ids: [ID!]!
    $kinds: [Kind!]
    $relationshipTypes: [RelationshipType!]
    $limit: Int
    $offset: Int
  ) {
    neighborhood(
      ids: $ids
      depth: 1
      kinds: $kinds
      relationshipTypes: $relationshipTypes
      limit: $limit
      offset: $offset
    ) {
      nodes {
        ...NodeFields
      }
      edges {
        ...EdgeFields
      }
      truncated
      omitted {
        kind
        count
      }
      total {
        kind
        count
      }
      totalsExact
    }
  }
`);

const PathsQuery = graphql(`
  query Paths($from: ID!, $to: ID!, $maxHops: Int, $limit: Int, $maxDegree: Int) {
    paths(from: $from, to: $to, maxHops: $maxHops, limit: $limit, all: true, maxDegree: $maxDegree) {
      truncated
      paths {
        length
        nodes {
          ...NodeFields
        }
        edges {
          ...EdgeFields
        }
      }
    }
  }
`);

export async function neighborhood(ids: string[], options: ExpandOptions = {}): Promise<Neighborhood> {
  const data = await gql(NeighborhoodQuery, {
    ids,
    // The UI holds kinds and types as plain strings from the model; the server checks them against the enums.
    kinds: (options.kinds ?? null) as Kind[] | null,
    relationshipTypes: (options.relationshipTypes ?? null) as RelationshipType[] | null,
    limit: options.limit ?? 200,
    offset: options.offset ?? 0,
  });
  return data.neighborhood;
}

/**
 * Paths that avoid supernodes (the server's default bound on links), or, with `throughSupernodes`, any path:
 * an omitted maxDegree is the server's default, an explicit null lifts the bound.
 */
export async function paths(
  from: string,
  to: string,
  maxHops = 6,
  limit = 5,
  throughSupernodes = false,
): Promise<PathResult> {
  const maxDegree = throughSupernodes ? null : undefined;
  return (await gql(PathsQuery, { from, to, maxHops, limit, maxDegree })).paths;
}
