// Graph-shaped reads: `neighborhood` (expand) and `paths`.
import { gql } from './client.js';
import { EDGE_FIELDS, GRAPH_FIELDS, NODE_FIELDS } from './fragments.js';
import type { Neighborhood, PathResult } from './types.js';

export interface ExpandOptions {
  kinds?: string[];
  relationshipTypes?: string[];
  limit?: number;
  offset?: number;
}

export async function neighborhood(ids: string[], options: ExpandOptions = {}): Promise<Neighborhood> {
  const data = await gql<{ neighborhood: Neighborhood }>(
    `query Neighborhood($ids: [ID!]!, $kinds: [Kind!], $relationshipTypes: [RelationshipType!], $limit: Int, $offset: Int) {
      neighborhood(ids: $ids, depth: 1, kinds: $kinds, relationshipTypes: $relationshipTypes, limit: $limit, offset: $offset) {
        ${GRAPH_FIELDS} truncated omitted { kind count } total { kind count } } }`,
    {
      ids,
      kinds: options.kinds ?? null,
      relationshipTypes: options.relationshipTypes ?? null,
      limit: options.limit ?? 200,
      offset: options.offset ?? 0,
    },
  );
  return data.neighborhood;
}

export async function paths(from: string, to: string, maxHops = 6, limit = 5): Promise<PathResult> {
  const data = await gql<{ paths: PathResult }>(
    `query Paths($from: ID!, $to: ID!, $maxHops: Int, $limit: Int) {
      paths(from: $from, to: $to, maxHops: $maxHops, limit: $limit, all: true) {
        truncated paths { length nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} } } } }`,
    { from, to, maxHops, limit },
  );
  return data.paths;
}
