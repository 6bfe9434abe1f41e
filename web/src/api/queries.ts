// Saved queries and ad-hoc read-only Cypher.
import { gql } from './client.js';
import { GRAPH_FIELDS } from './fragments.js';
import type { QueryResult, SavedQuery } from './types.js';

const RESULT_FIELDS = `columns rows graph { ${GRAPH_FIELDS} } truncated elapsedMs`;

export async function savedQueries(): Promise<SavedQuery[]> {
  const data = await gql<{ savedQueries: SavedQuery[] }>(
    '{ savedQueries { name title description shows tags cypher parameters { name type default description required } } }',
  );
  return data.savedQueries;
}

export async function runSavedQuery(name: string, params: Record<string, unknown>): Promise<QueryResult> {
  const data = await gql<{ runSavedQuery: QueryResult }>(
    `query RunSavedQuery($name: String!, $params: JSON) { runSavedQuery(name: $name, params: $params) { ${RESULT_FIELDS} } }`,
    { name, params },
  );
  return data.runSavedQuery;
}

export async function runCypher(cypher: string, params: Record<string, unknown> = {}): Promise<QueryResult> {
  const data = await gql<{ runCypher: QueryResult }>(
    `query RunCypher($cypher: String!, $params: JSON) { runCypher(cypher: $cypher, params: $params) { ${RESULT_FIELDS} } }`,
    { cypher, params },
  );
  return data.runCypher;
}
