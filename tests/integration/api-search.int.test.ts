// search: spacing variants, fuzziness, kind filters, and what stays hidden (retracted, victims).

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityId } from '../../model/keys.js';
import { SEARCH_CAP } from '../../server/read/search.js';
import { type Api, openApi, unique } from './api-harness.js';

const UPSERT = 'mutation ($input: UpsertInput!) { upsertEntities(input: $input) { ids } }';
const SEARCH = `query ($text: String!, $kinds: [Kind!], $limit: Int) {
  search(text: $text, kinds: $kinds, limit: $limit) { id kind caption score flags }
}`;
// The real names (documented front companies): upserting them is idempotent, whether or not the seed has.
const YANBIAN = 'YANBIAN SILVERSTAR NETWORK TECHNOLOGY CO., LTD.';
const VOLASYS = 'VOLASYS SILVER STAR';

let api: Api;
let ids: string[];
beforeAll(async () => {
  api = await openApi();
  const written = await api.gql(UPSERT, {
    input: {
      frontCompanies: [
        { name: YANBIAN, country: 'CN' },
        { name: VOLASYS, country: 'RU' },
      ],
    },
  });
  ids = written.data?.upsertEntities.ids;
});
afterAll(() => api.close());

const hitIds = async (text: string, extra: Record<string, unknown> = {}) => {
  const result = await api.gql(SEARCH, { text, limit: 20, ...extra });
  expect(result.errors).toBeUndefined();
  return ((result.data?.search ?? []) as { id: string }[]).map((h) => h.id);
};

describe('search', () => {
  it('finds both Silverstar companies whether "Silver Star" is written with or without the space', async () => {
    for (const text of ['Silver Star', 'Silverstar', 'silver-star', 'SILVERSTAR']) {
      expect(await hitIds(text), text).toEqual(expect.arrayContaining(ids));
    }
  });

  it('tolerates a typo in a long word and ranks exact matches first', async () => {
    expect(await hitIds('Volasis')).toContain(ids[1]);
    const result = await api.gql(SEARCH, { text: 'Volasys Silver Star' });
    expect(result.data?.search[0]).toMatchObject({ id: ids[1], kind: 'FrontCompany', caption: VOLASYS });
  });

  it('captions a sanctions entry by its listed name, and by its entry id when it has none', async () => {
    const named = { list: 'TEST SDN', entryId: unique('E'), listedName: unique('Listed Qpwoeiru') };
    const bare = { list: 'TEST SDN', entryId: unique('Zmxncbv') };
    const written = await api.gql(UPSERT, { input: { sanctions: [named, bare] } });
    expect(written.errors).toBeUndefined();
    const [namedHit] =
      (await api.gql(SEARCH, { text: named.listedName, kinds: ['Sanction'] })).data?.search ?? [];
    expect(namedHit).toMatchObject({ kind: 'Sanction', caption: named.listedName });
    const [bareHit] = (await api.gql(SEARCH, { text: bare.entryId, kinds: ['Sanction'] })).data?.search ?? [];
    expect(bareHit).toMatchObject({ kind: 'Sanction', caption: bare.entryId });
  });

  it("ranks an entity above the list entry and the document that name it (the model's searchRank)", async () => {
    // A company of its own (the shared database also serves the browser tests' "Yanbian" search), named at
    // length with aliases like the real one; the list entry and the document carry only its short name, so
    // Lucene alone scores them higher.
    const short = `Qorvex Trading ${randomUUID().slice(0, 6)}`;
    const company = {
      name: `${short} Network Technology Company Limited`,
      aliases: [`${short} Group`, `${short} Holdings`],
    };
    const entry = { list: 'TEST SDN', entryId: unique('R'), listedName: short };
    const source = { title: short, publisher: unique('Desk') };
    const written = await api.gql(UPSERT, {
      input: { frontCompanies: [company], sanctions: [entry], sources: [source] },
    });
    expect(written.errors).toBeUndefined();
    const result = await api.gql(SEARCH, { text: short, limit: 20 });
    const hits = (result.data?.search ?? []) as { id: string; kind: string; score: number }[];
    const at = (id: string | undefined) => hits.findIndex((h) => h.id === id);
    const entryAt = at(entityId('Sanction', entry));
    const sourceAt = at(entityId('Source', source));
    expect(entryAt).toBeGreaterThanOrEqual(0);
    expect(sourceAt).toBeGreaterThanOrEqual(0);
    expect(at(entityId('FrontCompany', company))).toBe(0);
    // Scores come back weighted, so the order and the scores agree.
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('filters by kind', async () => {
    expect(await hitIds('Silverstar', { kinds: ['Worker'] })).not.toContain(ids[0]);
    expect(await hitIds('Silverstar', { kinds: ['FrontCompany'] })).toContain(ids[0]);
  });

  it('leaves out victims, whose names must not be found by typing them', async () => {
    const name = unique('Victim Qazwsx');
    const written = await api.gql(UPSERT, {
      input: { identities: [{ name, birthDate: '1988-02-03', victim: true, identityType: 'stolen' }] },
    });
    expect(written.errors).toBeUndefined();
    // Other tests' entities may share a word with the name ("victim"): what matters is this victim's id.
    const victimId = entityId('Identity', { name, birthDate: '1988-02-03' });
    expect(await hitIds(name)).not.toContain(victimId);
    expect(await hitIds(name, { kinds: ['Identity'] })).not.toContain(victimId);
  });

  it('still finds visible hits when hidden ones fill the capped Lucene read (SEARCH_CAP)', async () => {
    // 210 victims whose name is exactly the word outrank (shorter field) the three workers named after it, so
    // Lucene's best 200 are all hidden: only the uncapped fallback can reach the workers.
    const word = `Zorblat${randomUUID().slice(0, 8)}`;
    const day = (i: number) => new Date(Date.UTC(1950, 0, 1 + i)).toISOString().slice(0, 10);
    const victims = Array.from({ length: SEARCH_CAP + 10 }, (_, i) => ({
      name: word,
      birthDate: day(i),
      victim: true,
      identityType: 'stolen',
    }));
    const workers = [0, 1, 2].map((i) => ({ name: `${word} fallback worker number ${i}` }));
    const written = await api.gql(UPSERT, { input: { identities: victims, workers } });
    expect(written.errors).toBeUndefined();
    const workerIds = workers.map((w) => entityId('Worker', w));
    expect((await hitIds(word)).sort()).toEqual([...workerIds].sort());
  });

  it('refuses a limit outside 1..100 and returns nothing for text without words', async () => {
    const bad = await api.gql(SEARCH, { text: 'x', limit: 1000 });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: [{ path: 'limit' }],
    });
    expect(await hitIds(' ?! ')).toEqual([]);
  });
});
