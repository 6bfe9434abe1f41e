// entity: properties, sources, masked victim fields, relationships and timeline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MASK } from '../../server/read/privacy.js';
import { type Api, openApi, unique } from './api-harness.js';

const UPSERT = 'mutation ($input: UpsertInput!) { upsertEntities(input: $input) { ids } }';
const ENTITY = `query ($id: ID!) {
  entity(id: $id) {
    id kind caption grade flags properties masked
    sources { id title publisher sourceType reliability }
    relationships { direction edge { id type source target date caption flags } other { id kind caption flags } }
    timeline { date type direction other { id caption } }
  }
}`;

let api: Api;
let sourceId: string;
let workerId: string;
let victimId: string;
let companyIds: string[];
const worker = unique('Pak Entity');
const victim = unique('Jane Victim');

beforeAll(async () => {
  api = await openApi();
  const first = unique('Entity Co One');
  const second = unique('Entity Co Two');
  const written = await api.gql(UPSERT, {
    input: {
      source: {
        title: unique('Press release'),
        publisher: 'FBI',
        sourceType: 'press-release',
        reliability: 'A',
      },
      workers: [{ name: worker, nationality: 'KP', grade: 'confirmed' }],
      identities: [{ name: victim, birthDate: '1990-01-02', documentNumber: 'X1234567', victim: true }],
      frontCompanies: [{ name: first }, { name: second }],
      relationships: [
        {
          type: 'USES',
          from: { kind: 'Worker', key: { name: worker } },
          to: { kind: 'Identity', key: { name: victim, birthDate: '1990-01-02' } },
          properties: { from: '2021-06' },
        },
        {
          type: 'EMPLOYED_BY',
          from: { kind: 'Worker', key: { name: worker } },
          to: { kind: 'FrontCompany', key: { name: first } },
          properties: { from: '2017', to: '2019' },
        },
        {
          type: 'EMPLOYED_BY',
          from: { kind: 'Worker', key: { name: worker } },
          to: { kind: 'FrontCompany', key: { name: second } },
          properties: { from: '2019-05' },
        },
      ],
    },
  });
  expect(written.errors).toBeUndefined();
  [sourceId, workerId, victimId, ...companyIds] = (written.data?.upsertEntities.ids ?? []) as string[];
});
afterAll(() => api.close());

describe('entity', () => {
  it('returns properties, resolved sources and relationships, newest first', async () => {
    const { data, errors } = await api.gql(ENTITY, { id: workerId });
    expect(errors).toBeUndefined();
    const entity = data?.entity;
    expect(entity).toMatchObject({
      id: workerId,
      kind: 'Worker',
      caption: worker,
      grade: 'confirmed',
      masked: [],
    });
    expect(entity.properties).toMatchObject({ name: worker, nationality: 'KP', sourceIds: [sourceId] });
    expect(entity.properties.searchText).toBeUndefined();
    expect(entity.sources).toEqual([
      expect.objectContaining({
        id: sourceId,
        publisher: 'FBI',
        sourceType: 'press-release',
        reliability: 'A',
      }),
    ]);
    expect(entity.relationships.map((r: { edge: { date: string } }) => r.edge.date)).toEqual([
      '2021-06',
      '2019-05',
      '2017',
    ]);
    expect(entity.relationships[0]).toMatchObject({
      direction: 'out',
      edge: { type: 'USES', source: workerId, target: victimId, caption: 'uses' },
      other: { id: victimId, kind: 'Identity', flags: ['unverified', 'victim'] },
    });
  });

  it('masks the personal fields of a victim everywhere it is shown', async () => {
    const { data } = await api.gql(ENTITY, { id: victimId });
    const entity = data?.entity;
    expect(entity.flags).toContain('victim');
    expect(entity.masked.sort()).toEqual(['birthDate', 'documentNumber', 'name']);
    expect(entity.properties).toMatchObject({
      name: MASK,
      birthDate: MASK,
      documentNumber: MASK,
      victim: true,
    });
    expect(entity.caption).not.toContain(victim.split(' ')[0]);
    expect(JSON.stringify(data)).not.toContain('X1234567');
    const fromWorker = await api.gql(ENTITY, { id: workerId });
    expect(JSON.stringify(fromWorker.data)).not.toContain(victim);
  });

  it('builds the timeline oldest first, from dated relationships', async () => {
    const { data } = await api.gql(ENTITY, { id: workerId });
    expect(data?.entity.timeline.map((e: { date: string; type: string }) => [e.date, e.type])).toEqual([
      ['2017', 'EMPLOYED_BY'],
      ['2019-05', 'EMPLOYED_BY'],
      ['2021-06', 'USES'],
    ]);
    expect(data?.entity.timeline[0].other.id).toBe(companyIds[0]);
  });

  it('answers null for an unknown id', async () => {
    const { data, errors } = await api.gql(ENTITY, { id: 'wrk_000000000000000000000000' });
    expect(errors).toBeUndefined();
    expect(data?.entity).toBeNull();
  });
});
