// paths: shortest paths between entities 3 hops apart, never through a Sanction hub nor a supernode.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, openApi, unique } from './api-harness.js';

const PATHS = `query ($from: ID!, $to: ID!, $maxHops: Int, $all: Boolean, $maxDegree: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops, all: $all, maxDegree: $maxDegree) {
    truncated
    paths { length nodes { id kind } edges { type source target } }
  }
}`;

let api: Api;
let ids: Record<string, string>;

beforeAll(async () => {
  api = await openApi();
  const worker = unique('Path Worker');
  const company = unique('Path Co');
  const facilitator = unique('Path Facilitator');
  const wallet = { network: 'ethereum', address: `0x${unique('').replace(/\W/g, '').padEnd(40, 'a')}` };
  const sanction = { list: 'TEST', entryId: unique('entry') };
  const written = await api.gql('mutation ($input: UpsertInput!) { upsertEntities(input: $input) { ids } }', {
    input: {
      workers: [{ name: worker }],
      facilitators: [{ name: facilitator }],
      frontCompanies: [{ name: company }],
      wallets: [wallet],
      sanctions: [sanction],
      relationships: [
        {
          type: 'EMPLOYED_BY',
          from: { kind: 'Worker', key: { name: worker } },
          to: { kind: 'FrontCompany', key: { name: company } },
        },
        {
          type: 'OFFICER_OF',
          from: { kind: 'Facilitator', key: { name: facilitator } },
          to: { kind: 'FrontCompany', key: { name: company } },
        },
        {
          type: 'CONTROLS',
          from: { kind: 'Facilitator', key: { name: facilitator } },
          to: { kind: 'Wallet', key: wallet },
        },
        // A 2-hop shortcut through one sanctions entry: documented together, not connected.
        {
          type: 'SANCTIONED_UNDER',
          from: { kind: 'Worker', key: { name: worker } },
          to: { kind: 'Sanction', key: sanction },
        },
        {
          type: 'SANCTIONED_UNDER',
          from: { kind: 'Wallet', key: wallet },
          to: { kind: 'Sanction', key: sanction },
        },
      ],
    },
  });
  expect(written.errors).toBeUndefined();
  // ids come in UpsertInput field order: workers, frontCompanies, wallets, facilitators, sanctions.
  const [w, c, wal, f] = (written.data?.upsertEntities.ids ?? []) as string[];
  ids = { worker: w as string, facilitator: f as string, company: c as string, wallet: wal as string };
});
afterAll(() => api.close());

describe('paths', () => {
  it('finds the 3-hop path and not the shortcut through a sanctions entry', async () => {
    const { data, errors } = await api.gql(PATHS, { from: ids.worker, to: ids.wallet });
    expect(errors).toBeUndefined();
    expect(data?.paths.paths).toHaveLength(1);
    const path = data?.paths.paths[0];
    expect(path.length).toBe(3);
    expect(path.nodes.map((n: { id: string }) => n.id)).toEqual([
      ids.worker,
      ids.company,
      ids.facilitator,
      ids.wallet,
    ]);
    expect(path.edges.map((e: { type: string }) => e.type)).toEqual([
      'EMPLOYED_BY',
      'OFFICER_OF',
      'CONTROLS',
    ]);
  });

  it('finds nothing within fewer hops, and refuses more than 8', async () => {
    const short = await api.gql(PATHS, { from: ids.worker, to: ids.wallet, maxHops: 2 });
    expect(short.data?.paths).toEqual({ paths: [], truncated: false });
    const long = await api.gql(PATHS, { from: ids.worker, to: ids.wallet, maxHops: 9 });
    expect(long.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: [{ path: 'maxHops' }],
    });
  });

  it('avoids entities with more links than maxDegree in the middle of a path, and null lifts the bound', async () => {
    // The company and the facilitator in the middle have two links each; the ends are never checked.
    const bounded = await api.gql(PATHS, { from: ids.worker, to: ids.wallet, maxDegree: 1 });
    expect(bounded.errors).toBeUndefined();
    expect(bounded.data?.paths.paths).toEqual([]);
    const atBound = await api.gql(PATHS, { from: ids.worker, to: ids.wallet, maxDegree: 2 });
    expect(atBound.data?.paths.paths).toHaveLength(1);
    const unbounded = await api.gql(PATHS, { from: ids.worker, to: ids.wallet, maxDegree: null });
    expect(unbounded.data?.paths.paths[0].length).toBe(3);
    const zero = await api.gql(PATHS, { from: ids.worker, to: ids.wallet, maxDegree: 0 });
    expect(zero.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: [{ path: 'maxDegree' }],
    });
  });

  it('returns one path when all is false', async () => {
    const { data } = await api.gql(PATHS, { from: ids.wallet, to: ids.worker, all: false });
    expect(data?.paths.paths).toHaveLength(1);
    expect(data?.paths.paths[0].nodes[0].id).toBe(ids.wallet);
  });
});
