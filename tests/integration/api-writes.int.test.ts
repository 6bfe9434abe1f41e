// upsertEntities and retract through the real schema: all or nothing, idempotent, errors that name the item.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BATCH_ITEMS } from '../../server/graph/validate-batch.js';
import { type Api, openApi, unique } from './api-harness.js';

const UPSERT = `mutation ($input: UpsertInput!) {
  upsertEntities(input: $input) {
    entities { created updated unchanged }
    relationships { created updated unchanged }
    ids
  }
}`;

let api: Api;
beforeAll(async () => {
  api = await openApi();
});
afterAll(() => api.close());

async function countByName(names: string[]): Promise<number> {
  const { records } = await api.db.read('MATCH (n:Entity) WHERE n.name IN $names RETURN count(n) AS c', {
    names,
  });
  return Number(records[0]?.get('c'));
}

describe('upsertEntities', () => {
  it('writes a batch with its source, and the same batch again changes nothing', async () => {
    const worker = unique('Kim Writes');
    const company = unique('Writes Front Co');
    const input = {
      source: {
        title: unique('Indictment'),
        publisher: 'US DOJ',
        sourceType: 'indictment',
        reliability: 'A',
      },
      workers: [{ name: worker, aliases: ['KW'], grade: 'confirmed' }],
      frontCompanies: [{ name: company, country: 'CN' }],
      relationships: [
        {
          type: 'EMPLOYED_BY',
          from: { kind: 'Worker', key: { name: worker } },
          to: { kind: 'FrontCompany', key: { name: company } },
          properties: { from: '2019-03', role: 'developer' },
        },
      ],
    };
    const first = await api.gql(UPSERT, { input });
    expect(first.errors).toBeUndefined();
    expect(first.data?.upsertEntities).toMatchObject({
      entities: { created: 3, updated: 0, unchanged: 0 },
      relationships: { created: 1, updated: 0, unchanged: 0 },
    });
    const [sourceId, workerId] = (first.data?.upsertEntities.ids ?? []) as string[];
    expect(sourceId).toMatch(/^src_/);
    expect(workerId).toMatch(/^wrk_/);

    const second = await api.gql(UPSERT, { input });
    expect(second.data?.upsertEntities).toMatchObject({
      entities: { created: 0, updated: 0, unchanged: 3 },
      relationships: { created: 0, updated: 0, unchanged: 1 },
      ids: first.data?.upsertEntities.ids,
    });
    expect(await countByName([worker, company])).toBe(2);

    // The source backs every fact of the batch (not itself); the origin is the caller's.
    const { records } = await api.db.read(
      'MATCH (w:Entity {id: $id})-[r:EMPLOYED_BY]->() RETURN w.sourceIds AS ws, w.origins AS wo, r.sourceIds AS rs',
      { id: workerId },
    );
    expect(records[0]?.get('ws')).toEqual([sourceId]);
    expect(records[0]?.get('rs')).toEqual([sourceId]);
    expect(records[0]?.get('wo')).toEqual(['integration:api-tests']);
    const source = await api.db.read('MATCH (s:Source {id: $id}) RETURN s.sourceIds AS ids', {
      id: sourceId,
    });
    expect(source.records[0]?.get('ids')).toEqual([]);
  });

  it('stores every property of every row when rows of a kind share values, on create and on update', async () => {
    // The upsert sends values all rows of a kind share once per batch (write-facts.ts): each node must still
    // end up with its own values plus the shared ones, and a later change of a shared value must land.
    const serials = [unique('SH-1'), unique('SH-2'), unique('SH-3')];
    const laptops = serials.map((serial, i) => ({ serial, model: 'ThinkPad T14', assetTag: `AT-${i}` }));
    const first = await api.gql(UPSERT, { input: { laptops } });
    expect(first.errors).toBeUndefined();
    expect(first.data?.upsertEntities.entities).toEqual({ created: 3, updated: 0, unchanged: 0 });
    const stored = async () =>
      (
        await api.db.read(
          `MATCH (n:Laptop) WHERE n.serial IN $serials
           RETURN n.serial AS serial, n.model AS model, n.assetTag AS tag, n.kind AS kind, n.grade AS grade,
                  n.origins AS origins, n.createdAt AS createdAt, n.searchText AS searchText ORDER BY serial`,
          { serials },
        )
      ).records.map((r) => r.toObject());
    const created = await stored();
    expect(created.map((r) => [r.serial, r.model, r.tag, r.kind, r.grade, r.origins])).toEqual(
      laptops.map((l) => [
        l.serial,
        'ThinkPad T14',
        l.assetTag,
        'Laptop',
        'unverified',
        ['integration:api-tests'],
      ]),
    );
    for (const r of created) expect(r.createdAt).toBeTypeOf('string');
    for (const r of created) expect(r.searchText).toContain(String(r.tag).toLowerCase().replace('-', ' '));

    // Now the shared model changes for all three, and only one of them gets a new tag.
    const changed = laptops.map((l, i) => ({
      ...l,
      model: 'MacBook Pro 14',
      assetTag: i === 0 ? 'AT-new' : l.assetTag,
    }));
    const second = await api.gql(UPSERT, { input: { laptops: changed } });
    expect(second.data?.upsertEntities.entities).toEqual({ created: 0, updated: 3, unchanged: 0 });
    const updated = await stored();
    expect(updated.map((r) => [r.serial, r.model, r.tag, r.kind, r.origins])).toEqual(
      changed.map((l) => [l.serial, 'MacBook Pro 14', l.assetTag, 'Laptop', ['integration:api-tests']]),
    );
    expect(updated.map((r) => r.createdAt)).toEqual(created.map((r) => r.createdAt));
  });

  it('refuses a batch with one invalid item, writes nothing, and names the item and field', async () => {
    const good = unique('Good Worker');
    const result = await api.gql(UPSERT, {
      input: {
        workers: [{ name: good }, { name: unique('Bad Worker'), birthDate: '12/31/1990' }],
      },
    });
    expect(result.data).toBeNull();
    const error = result.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.details).toEqual([
      { path: 'input.workers[1].birthDate', message: expect.stringContaining('date') },
    ]);
    expect(error?.message).toContain('input.workers[1].birthDate');
    expect(await countByName([good])).toBe(0);
  });

  it('refuses a relationship to a missing entity with NOT_FOUND, writing nothing', async () => {
    const worker = unique('Lonely Worker');
    const result = await api.gql(UPSERT, {
      input: {
        workers: [{ name: worker }],
        relationships: [
          {
            type: 'EMPLOYED_BY',
            from: { kind: 'Worker', key: { name: worker } },
            to: { kind: 'FrontCompany', key: { name: unique('Nowhere Co') } },
          },
        ],
      },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      details: [{ path: 'input.relationships[0].to', message: expect.stringContaining('FrontCompany') }],
    });
    expect(await countByName([worker])).toBe(0);
  });

  it('refuses a link the model does not allow', async () => {
    const result = await api.gql(UPSERT, {
      input: {
        relationships: [
          { type: 'HIRED_BY', from: { kind: 'Worker', id: 'wrk_x' }, to: { kind: 'Employer', id: 'emp_y' } },
        ],
      },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.details[0].path).toBe('input.relationships[0]');
  });

  it(`refuses more than ${MAX_BATCH_ITEMS} items with BATCH_TOO_LARGE`, async () => {
    const prefix = unique('Crowd');
    const workers = Array.from({ length: MAX_BATCH_ITEMS + 1 }, (_, i) => ({ name: `${prefix} ${i}` }));
    const result = await api.gql(UPSERT, { input: { workers } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BATCH_TOO_LARGE');
    expect(await countByName([`${prefix} 0`])).toBe(0);
  });
});

describe('retract', () => {
  it('hides an entity and a relationship from default views, keeping them flagged', async () => {
    const name = unique('Retractable Zyqwor');
    const company = unique('Retract Co');
    const written = await api.gql(UPSERT, {
      input: {
        workers: [{ name }],
        frontCompanies: [{ name: company }],
        relationships: [
          {
            type: 'EMPLOYED_BY',
            from: { kind: 'Worker', key: { name } },
            to: { kind: 'FrontCompany', key: { name: company } },
          },
        ],
      },
    });
    const [workerId, companyId] = (written.data?.upsertEntities.ids ?? []) as string[];
    const rels = await api.gql('query ($id: ID!) { entity(id: $id) { relationships { edge { id } } } }', {
      id: companyId,
    });
    const edgeId = rels.data?.entity.relationships[0].edge.id as string;

    const retractEdge = await api.gql('mutation ($id: ID!) { retract(id: $id, reason: "wrong company") }', {
      id: edgeId,
    });
    expect(retractEdge.data?.retract).toBe(true);
    const after = await api.gql('query ($id: ID!) { entity(id: $id) { relationships { edge { id } } } }', {
      id: companyId,
    });
    expect(after.data?.entity.relationships).toEqual([]);

    const search = `query ($text: String!) { search(text: $text) { id } }`;
    expect((await api.gql(search, { text: name })).data?.search.map((h: { id: string }) => h.id)).toContain(
      workerId,
    );
    const retract = await api.gql('mutation ($id: ID!) { retract(id: $id, reason: "mistaken identity") }', {
      id: workerId,
    });
    expect(retract.data?.retract).toBe(true);
    expect((await api.gql(search, { text: name })).data?.search).toEqual([]);
    const entity = await api.gql('query ($id: ID!) { entity(id: $id) { flags properties } }', {
      id: workerId,
    });
    expect(entity.data?.entity.flags).toContain('retracted');
    expect(entity.data?.entity.properties.retractedReason).toBe('mistaken identity');
  });

  it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for an empty reason', async () => {
    const missing = await api.gql('mutation { retract(id: "wrk_nothing", reason: "x") }');
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const empty = await api.gql('mutation { retract(id: "wrk_nothing", reason: "  ") }');
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
