// mergeCandidates, mergeEntities and unmergeEntity through the real GraphQL schema.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityId } from '../../model/keys.js';
import { type Api, openApi, unique } from './api-harness.js';

const UPSERT = 'mutation ($input: UpsertInput!) { upsertEntities(input: $input) { ids } }';

let api: Api;
let ids: string[];
const name = unique('Jo Myong');
const wallet = `0x${unique('w').replace(/\W/g, '')}`;

beforeAll(async () => {
  api = await openApi();
  const controls = (who: string) => ({
    type: 'CONTROLS',
    from: { kind: 'Worker', key: { name: who } },
    to: { kind: 'Wallet', key: { network: 'ethereum', address: wallet } },
  });
  const { errors } = await api.gql(UPSERT, {
    input: {
      workers: [{ name }, { name: `${name} Chol`, aliases: [name.toUpperCase()] }],
      wallets: [{ network: 'ethereum', address: wallet }],
      relationships: [controls(name), controls(`${name} Chol`)],
    },
  });
  expect(errors).toBeUndefined();
  ids = [entityId('Worker', { name }), entityId('Worker', { name: `${name} Chol` })];
});

afterAll(() => api.close());

describe('entity resolution over GraphQL', () => {
  it('finds the pair, merges it into the first and undoes the merge', async () => {
    const found = await api.gql(
      '{ mergeCandidates(kind: Worker, limit: 1000) { ids nodes { id caption } score evidence } }',
    );
    expect(found.errors).toBeUndefined();
    const pair = found.data?.mergeCandidates.find((c: { ids: string[] }) =>
      ids.every((id) => c.ids.includes(id)),
    );
    expect(pair?.score).toBeGreaterThan(0.7);
    expect(pair?.evidence.length).toBe(2);

    const merged = await api.gql(
      'mutation ($ids: [ID!]!) { mergeEntities(ids: $ids, reason: "same wallet, alias") { id flags properties relationships { other { id } } } }',
      { ids },
    );
    expect(merged.errors).toBeUndefined();
    expect(merged.data?.mergeEntities.id).toBe(ids[0]);
    expect(merged.data?.mergeEntities.properties.aliases).toContain(`${name} Chol`);
    expect(merged.data?.mergeEntities.relationships).toHaveLength(1);
    const hidden = await api.gql('query ($id: ID!) { entity(id: $id) { flags } }', { id: ids[1] });
    expect(hidden.data?.entity?.flags ?? ['merged']).toContain('merged');

    const undone = await api.gql('mutation ($id: ID!) { unmergeEntity(id: $id) }', { id: ids[1] });
    expect(undone.data?.unmergeEntity).toEqual(ids);
    const again = await api.gql('mutation ($id: ID!) { unmergeEntity(id: $id) }', { id: ids[0] });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a merge across kinds with BAD_USER_INPUT', async () => {
    const { errors } = await api.gql(
      'mutation ($ids: [ID!]!) { mergeEntities(ids: $ids, reason: "no") { id } }',
      {
        ids: [ids[0], entityId('Wallet', { network: 'ethereum', address: wallet })],
      },
    );
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
