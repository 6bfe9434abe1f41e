// Investigations: save, list, load, replace and delete a canvas; never visible as entities.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, openApi, unique } from './api-harness.js';

const SAVE = `mutation ($id: ID, $title: String!, $state: JSON!) {
  saveInvestigation(id: $id, title: $title, state: $state) { id title state createdAt updatedAt }
}`;

let api: Api;
beforeAll(async () => {
  api = await openApi();
});
afterAll(() => api.close());

describe('investigations', () => {
  it('round-trips the canvas state and lists it', async () => {
    const title = unique('Silverstar workers');
    const state = {
      elements: { nodes: [{ data: { id: 'frc_1' }, position: { x: 1.5, y: -2 } }], edges: [] },
      filters: { kinds: ['Worker'], from: '2019' },
    };
    const saved = await api.gql(SAVE, { title, state });
    expect(saved.errors).toBeUndefined();
    const id = saved.data?.saveInvestigation.id as string;
    expect(id).toMatch(/^inv_/);
    expect(saved.data?.saveInvestigation.state).toEqual(state);

    const loaded = await api.gql('query ($id: ID!) { investigation(id: $id) { title state } }', { id });
    expect(loaded.data?.investigation).toEqual({ title, state });
    const list = await api.gql('{ investigations { id title elementCount updatedAt } }');
    expect(list.data?.investigations).toContainEqual(expect.objectContaining({ id, title, elementCount: 1 }));

    const replaced = await api.gql(SAVE, { id, title: `${title} v2`, state: { elements: [] } });
    expect(replaced.data?.saveInvestigation).toMatchObject({
      id,
      title: `${title} v2`,
      state: { elements: [] },
    });
    expect(replaced.data?.saveInvestigation.createdAt).toBe(saved.data?.saveInvestigation.createdAt);

    const entityView = await api.gql('query ($id: ID!) { entity(id: $id) { id } }', { id });
    expect(entityView.data?.entity).toBeNull();

    const deleted = await api.gql('mutation ($id: ID!) { deleteInvestigation(id: $id) }', { id });
    expect(deleted.data?.deleteInvestigation).toBe(true);
    expect(
      (await api.gql('query ($id: ID!) { investigation(id: $id) { id } }', { id })).data?.investigation,
    ).toBeNull();
    const again = await api.gql('mutation ($id: ID!) { deleteInvestigation(id: $id) }', { id });
    expect(again.data?.deleteInvestigation).toBe(false);
  });

  it('refuses an empty title', async () => {
    const result = await api.gql(SAVE, { title: ' ', state: {} });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: [{ path: 'title' }],
    });
  });
});
