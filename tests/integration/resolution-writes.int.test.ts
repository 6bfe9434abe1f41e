// Writes naming a merged record land on its survivor: its identity kept, the duplicate's names as aliases,
// links re-pointed under the id an upsert derives, idempotent, through chains of merges.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityId, relationshipId } from '../../model/keys.js';
import { type Api, openApi, unique } from './api-harness.js';

const UPSERT = `mutation ($input: UpsertInput!) {
  upsertEntities(input: $input) {
    ids
    entities { created updated unchanged }
    relationships { created updated unchanged }
  }
}`;
const MERGE = 'mutation ($ids: [ID!]!) { mergeEntities(ids: $ids, reason: "one person") { id } }';
const ENTITY = `query ($id: ID!) {
  entity(id: $id) { id flags properties relationships { edge { id type } other { id } } }
}`;

interface Seen {
  flags: string[];
  properties: Record<string, unknown>;
  relationships: { edge: { id: string; type: string }; other: { id: string } }[];
}

let api: Api;
const survivorName = unique('Ri Song Chol');
const duplicateName = `${survivorName} Dup`;
const laterName = `${survivorName} Later`;
const wallet = { network: 'ethereum', address: `0x${unique('m').replace(/\W/g, '').toLowerCase()}` };
const survivor = entityId('Worker', { name: survivorName });
const duplicate = entityId('Worker', { name: duplicateName });
const later = entityId('Worker', { name: laterName });
const walletId = entityId('Wallet', wallet);

const entity = async (id: string): Promise<Seen> => {
  const result = await api.gql(ENTITY, { id });
  expect(result.errors).toBeUndefined();
  return result.data?.entity as Seen;
};

beforeAll(async () => {
  api = await openApi();
  const written = await api.gql(UPSERT, {
    input: {
      workers: [{ name: survivorName, nationality: 'KP' }, { name: duplicateName }, { name: laterName }],
    },
  });
  expect(written.errors).toBeUndefined();
  const merged = await api.gql(MERGE, { ids: [survivor, duplicate] });
  expect(merged.errors).toBeUndefined();
});
afterAll(() => api.close());

// What an integration that knows nothing of the merge sends again about the duplicate.
const resend = {
  workers: [{ name: duplicateName, role: 'developer', aliases: ['R. S. C.'] }],
  wallets: [wallet],
  relationships: [
    {
      type: 'CONTROLS',
      from: { kind: 'Worker', key: { name: duplicateName } },
      to: { kind: 'Wallet', key: wallet },
    },
  ],
};

describe('writes naming a merged record', () => {
  it("land on the survivor: its name kept, the duplicate's as an alias, the link re-pointed", async () => {
    const sent = await api.gql(UPSERT, { input: resend });
    expect(sent.errors).toBeUndefined();
    expect(sent.data?.upsertEntities.ids).toEqual([survivor, walletId]);
    expect(sent.data?.upsertEntities.relationships).toEqual({ created: 1, updated: 0, unchanged: 0 });

    const kept = await entity(survivor);
    expect(kept.properties).toMatchObject({ name: survivorName, nationality: 'KP', role: 'developer' });
    expect(kept.properties.aliases).toEqual(expect.arrayContaining([duplicateName, 'R. S. C.']));
    // Under the id a write of survivor → wallet derives, so a later write of that fact lands on this link.
    expect(kept.relationships).toEqual([
      {
        edge: { id: relationshipId('CONTROLS', survivor, walletId, {}), type: 'CONTROLS' },
        other: { id: walletId },
      },
    ]);

    const hidden = await entity(duplicate);
    expect(hidden.flags).toContain('merged');
    expect(hidden.properties.role).toBeUndefined();
    expect(hidden.relationships).toEqual([]);
  });

  it('are idempotent: sent again, nothing changes', async () => {
    const again = await api.gql(UPSERT, { input: resend });
    expect(again.errors).toBeUndefined();
    expect(again.data?.upsertEntities.entities).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(again.data?.upsertEntities.relationships).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect((await entity(survivor)).relationships).toHaveLength(1);
  });

  it('follow a chain of merges, and absorb a link between two records merged into one', async () => {
    // The survivor is merged in turn: the duplicate's facts now belong to the later record.
    const merged = await api.gql(MERGE, { ids: [later, survivor] });
    expect(merged.errors).toBeUndefined();
    // Naming only the duplicate: its survivor's survivor is found in a second step.
    const alone = await api.gql(UPSERT, { input: { workers: [{ name: duplicateName }] } });
    expect(alone.data?.upsertEntities.ids).toEqual([later]);
    const sent = await api.gql(UPSERT, {
      input: {
        workers: [{ name: duplicateName, birthDate: '1990-01-01' }],
        relationships: [
          {
            type: 'LINKED_TO',
            from: { kind: 'Worker', key: { name: duplicateName } },
            to: { kind: 'Worker', key: { name: survivorName } },
          },
        ],
      },
    });
    expect(sent.errors).toBeUndefined();
    expect(sent.data?.upsertEntities.ids).toEqual([later]);
    expect(sent.data?.upsertEntities.relationships).toEqual({ created: 0, updated: 0, unchanged: 1 });
    const last = await entity(later);
    expect(last.properties).toMatchObject({ name: laterName, birthDate: '1990-01-01', role: 'developer' });
    expect(last.properties.aliases).toEqual(expect.arrayContaining([survivorName, duplicateName]));
    expect(last.relationships.map((r) => r.edge.type)).toEqual(['CONTROLS']);
  });

  it("refuses bad input naming a merged record with a stable code and the client's own path, changing nothing", async () => {
    const before = await entity(later);
    // The first link is absorbed (both ends are merged into one record): the error still names item 1.
    const missing = await api.gql(UPSERT, {
      input: {
        workers: [{ name: duplicateName, role: 'courier' }],
        relationships: [
          {
            type: 'LINKED_TO',
            from: { kind: 'Worker', key: { name: duplicateName } },
            to: { kind: 'Worker', key: { name: survivorName } },
          },
          {
            type: 'CONTROLS',
            from: { kind: 'Worker', key: { name: duplicateName } },
            to: { kind: 'Wallet', key: { network: 'ethereum', address: `${wallet.address}ff` } },
          },
        ],
      },
    });
    expect(missing.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      details: [{ path: 'input.relationships[1].to' }],
    });
    const invalid = await api.gql(UPSERT, {
      input: { workers: [{ name: duplicateName, birthDate: '31/12/1990' }] },
    });
    expect(invalid.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await entity(later)).toEqual(before);
  });
});
