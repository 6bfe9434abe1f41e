// Investigations: saved canvases (state is opaque JSON to the server; see graph/investigation-state.ts).
import { graphql } from './__generated__/gql.js';
import { gql } from './client.js';
import type { Investigation, InvestigationSummary } from './types.js';

const InvestigationsQuery = graphql(`
  query Investigations {
    investigations {
      id
      title
      updatedAt
      elementCount
    }
  }
`);

const InvestigationQuery = graphql(`
  query Investigation($id: ID!) {
    investigation(id: $id) {
      id
      title
      state
      updatedAt
      createdAt
    }
  }
`);

const SaveInvestigationMutation = graphql(`
  mutation SaveInvestigation($id: ID, $title: String!, $state: JSON!) {
    saveInvestigation(id: $id, title: $title, state: $state) {
      id
      title
      state
      updatedAt
      createdAt
    }
  }
`);

export async function investigations(): Promise<InvestigationSummary[]> {
  return (await gql(InvestigationsQuery)).investigations;
}

export async function investigation(id: string): Promise<Investigation | null> {
  return (await gql(InvestigationQuery, { id })).investigation ?? null;
}

export async function saveInvestigation(
  id: string | null,
  title: string,
  state: unknown,
): Promise<Investigation> {
  return (await gql(SaveInvestigationMutation, { id, title, state })).saveInvestigation;
}
