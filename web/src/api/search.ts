// `search` and `entity`: finding things and reading one thing in full.
import { graphql } from './__generated__/gql.js';
import type { Kind } from './__generated__/graphql.js';
import { gql } from './client.js';
import type { Entity, SearchHit } from './types.js';

const SearchQuery = graphql(`
  query Search($text: String!, $kinds: [Kind!], $limit: Int) {
    search(text: $text, kinds: $kinds, limit: $limit) {
      id
      kind
      caption
      score
      flags
    }
  }
`);

const EntityQuery = graphql(`
  query Entity($id: ID!) {
    entity(id: $id) {
      id
      kind
      caption
      grade
      flags
      properties
      masked
      sources {
        id
        title
        publisher
        sourceType
        publishedOn
        url
        reliability
      }
      relationships(limit: 50) {
        direction
        edge {
          ...EdgeFields
        }
        other {
          ...NodeFields
        }
      }
      timeline(limit: 50) {
        date
        edgeId
        type
        direction
        amount
        currency
        other {
          ...NodeFields
        }
      }
    }
  }
`);

export async function search(text: string, kinds?: string[], limit = 20): Promise<SearchHit[]> {
  // Kinds come from the model as plain strings; the server checks them against the Kind enum.
  const data = await gql(SearchQuery, { text, kinds: kinds?.length ? (kinds as Kind[]) : null, limit });
  return data.search;
}

export async function entity(id: string): Promise<Entity | null> {
  const found = (await gql(EntityQuery, { id })).entity;
  return found ? { ...found, properties: (found.properties ?? {}) as Record<string, unknown> } : null;
}
