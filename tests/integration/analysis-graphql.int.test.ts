// The analysis operations through the real GraphQL schema: names and shapes of the contract, error codes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityId } from '../../model/keys.js';
import { type Api, openApi, unique } from './api-harness.js';

const UPSERT = 'mutation ($input: UpsertInput!) { upsertEntities(input: $input) { ids } }';
const NODE = 'id kind caption flags';
const SUMMARY = `id label anchor { ${NODE} } counts { kind count } keyMembers { ${NODE} } memberCount totalFlowUsd`;

let api: Api;
let companyId: string;
let workerId: string;
const company = unique('GraphQL Front Co');
const worker = unique('GraphQL Worker');
const farm = unique('1 GraphQL Farm');

beforeAll(async () => {
  api = await openApi();
  const ref = (kind: string, key: Record<string, unknown>) => ({ kind, key });
  const laptop = ref('Laptop', { serial: unique('GQL') });
  const persona = ref('Identity', { name: unique('GraphQL Persona'), birthDate: '1993-03-03' });
  const { errors } = await api.gql(UPSERT, {
    input: {
      frontCompanies: [{ name: company }],
      workers: [{ name: worker }],
      identities: [{ name: persona.key.name, birthDate: '1993-03-03' }],
      laptops: [{ serial: laptop.key.serial }],
      addresses: [{ full: farm }],
      relationships: [
        {
          type: 'EMPLOYED_BY',
          from: ref('Worker', { name: worker }),
          to: ref('FrontCompany', { name: company }),
          properties: { from: '2020' },
        },
        { type: 'USES', from: ref('Worker', { name: worker }), to: persona, properties: { from: '2021-01' } },
        { type: 'ASSIGNED_TO', from: laptop, to: persona },
        { type: 'SHIPPED_TO', from: laptop, to: ref('Address', { full: farm }) },
      ],
    },
  });
  expect(errors).toBeUndefined();
  companyId = entityId('FrontCompany', { name: company });
  workerId = entityId('Worker', { name: worker });
});

afterAll(() => api.close());

describe('analysis over GraphQL', () => {
  it('frontCompanyNetwork answers a Cluster', async () => {
    const { data, errors } = await api.gql(
      `query ($id: ID!) { frontCompanyNetwork(id: $id) { summary { ${SUMMARY} } nodes { ${NODE} } edges { id type source target } truncated } }`,
      { id: companyId },
    );
    expect(errors).toBeUndefined();
    const network = data?.frontCompanyNetwork;
    expect(network.summary).toMatchObject({
      id: companyId,
      label: `${company} network`,
      memberCount: 5,
      totalFlowUsd: 0,
    });
    expect(network.nodes).toHaveLength(5);
    expect(network.edges).toHaveLength(4);
    expect(network.truncated).toBe(false);
  });

  it('communities, community, centrality and timeline answer in the contract shapes', async () => {
    const list = await api.gql(`{ communities(algorithm: "wcc", minSize: 2, limit: 1000) { ${SUMMARY} } }`);
    expect(list.errors).toBeUndefined();
    const mine = list.data?.communities.find((c: { keyMembers: { caption: string }[] }) =>
      c.keyMembers.some((m) => m.caption === farm),
    );
    expect(mine?.memberCount).toBe(2);
    const one = await api.gql(
      `query ($id: ID!) { community(id: $id) { summary { id } nodes { id } truncated } }`,
      {
        id: mine?.id,
      },
    );
    expect(one.data?.community.summary.id).toBe(mine?.id);
    const central = await api.gql(
      '{ centrality(algorithm: "degree", kinds: [Address], limit: 5) { node { kind } score } }',
    );
    expect(central.errors).toBeUndefined();
    expect(central.data?.centrality.every((s: { node: { kind: string } }) => s.node.kind === 'Address')).toBe(
      true,
    );
    const events = await api.gql(
      `query ($ids: [ID!]!) { timeline(ids: $ids, from: "2020") { date type direction other { ${NODE} } } }`,
      { ids: [workerId] },
    );
    expect(events.data?.timeline.map((e: { type: string }) => e.type)).toEqual(['EMPLOYED_BY', 'USES']);
  });

  it('reports bad arguments as BAD_USER_INPUT', async () => {
    const bad = await api.gql('{ communities(algorithm: "magic") { id } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const worker = await api.gql(`query ($id: ID!) { frontCompanyNetwork(id: $id) { truncated } }`, {
      id: workerId,
    });
    expect(worker.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
