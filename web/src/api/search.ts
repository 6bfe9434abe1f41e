// `search` and `entity`: finding things and reading one thing in full.
import { gql } from './client.js';
import { EDGE_FIELDS, NODE_FIELDS } from './fragments.js';
import type { Entity, SearchHit } from './types.js';

export async function search(text: string, kinds?: string[], limit = 20): Promise<SearchHit[]> {
  const data = await gql<{ search: SearchHit[] }>(
    'query Search($text: String!, $kinds: [Kind!], $limit: Int) { search(text: $text, kinds: $kinds, limit: $limit) { id kind caption score flags } }',
    { text, kinds: kinds?.length ? kinds : null, limit },
  );
  return data.search;
}

export async function entity(id: string): Promise<Entity | null> {
  const data = await gql<{ entity: Entity | null }>(
    `query Entity($id: ID!) { entity(id: $id) { ${NODE_FIELDS} properties masked
      sources { id title publisher sourceType publishedOn url reliability }
      relationships(limit: 50) { direction edge { ${EDGE_FIELDS} } other { ${NODE_FIELDS} } }
      timeline(limit: 50) { date edgeId type direction amount currency other { ${NODE_FIELDS} } } } }`,
    { id },
  );
  return data.entity;
}
