// Investigations: saved canvases (state is opaque JSON to the server; see graph/investigation-state.ts).
import { gql } from './client.js';
import type { Investigation, InvestigationSummary } from './types.js';

export async function investigations(): Promise<InvestigationSummary[]> {
  const data = await gql<{ investigations: InvestigationSummary[] }>(
    '{ investigations { id title updatedAt elementCount } }',
  );
  return data.investigations;
}

export async function investigation(id: string): Promise<Investigation | null> {
  const data = await gql<{ investigation: Investigation | null }>(
    'query Investigation($id: ID!) { investigation(id: $id) { id title state updatedAt createdAt } }',
    { id },
  );
  return data.investigation;
}

export async function saveInvestigation(
  id: string | null,
  title: string,
  state: unknown,
): Promise<Investigation> {
  const data = await gql<{ saveInvestigation: Investigation }>(
    `mutation SaveInvestigation($id: ID, $title: String!, $state: JSON!) {
      saveInvestigation(id: $id, title: $title, state: $state) { id title state updatedAt createdAt } }`,
    { id, title, state },
  );
  return data.saveInvestigation;
}
