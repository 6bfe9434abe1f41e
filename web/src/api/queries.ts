// Saved queries and ad-hoc read-only Cypher. The last saved-query run is remembered for the export menu.
import { graphql } from './__generated__/gql.js';
import { gql } from './client.js';
import type { QueryResult, SavedQuery } from './types.js';

const SavedQueriesQuery = graphql(`
  query SavedQueries {
    savedQueries {
      name
      title
      description
      shows
      tags
      cypher
      parameters {
        name
        type
        default
        description
        required
      }
    }
  }
`);

const RunSavedQueryQuery = graphql(`
  query RunSavedQuery($name: String!, $params: JSON) {
    runSavedQuery(name: $name, params: $params) {
      ...ResultFields
    }
  }
`);

const RunCypherQuery = graphql(`
  query RunCypher($cypher: String!, $params: JSON) {
    runCypher(cypher: $cypher, params: $params) {
      ...ResultFields
    }
  }
`);

/** The saved query last run from this page, with its parameters: what "export the last query result" exports. */
export interface LastQueryRun {
  name: string;
  params: Record<string, unknown>;
}

let lastRun: LastQueryRun | null = null;

export const lastQueryRun = (): LastQueryRun | null => lastRun;

export async function savedQueries(): Promise<SavedQuery[]> {
  return (await gql(SavedQueriesQuery)).savedQueries;
}

export async function runSavedQuery(name: string, params: Record<string, unknown>): Promise<QueryResult> {
  const result = (await gql(RunSavedQueryQuery, { name, params })).runSavedQuery;
  lastRun = { name, params };
  return result;
}

export async function runCypher(cypher: string, params: Record<string, unknown> = {}): Promise<QueryResult> {
  return (await gql(RunCypherQuery, { cypher, params })).runCypher;
}
