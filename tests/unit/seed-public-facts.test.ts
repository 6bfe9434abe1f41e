// The public-facts dataset: valid against the model, every fact sourced and graded, keys as the OFAC importer's.
import { describe, expect, it } from 'vitest';
import { entityId } from '../../model/keys.js';
import {
  CHINYONG,
  JONG_SONG_HWA,
  KIM_SANG_MAN,
  publicFactsBatch,
  VOLASYS_SILVER_STAR,
  YANBIAN_SILVERSTAR,
} from '../../seed/public-facts/index.js';
import { validateBatch } from '../../server/graph/validate-batch.js';

const batch = validateBatch(publicFactsBatch());
const byId = new Map(batch.entities.map((e) => [e.id, e]));
const yanbianId = entityId('FrontCompany', { name: YANBIAN_SILVERSTAR });
const linksFrom = (id: string, type: string) =>
  batch.relationships.filter((r) => r.from.id === id && r.type === type);

describe('public facts', () => {
  it('holds Yanbian Silverstar with its 7 OFAC aliases, USCC and 3 Yanji addresses', () => {
    const yanbian = byId.get(yanbianId);
    expect(yanbian?.properties.name).toBe('YANBIAN SILVERSTAR NETWORK TECHNOLOGY CO., LTD.');
    expect(yanbian?.properties.aliases).toHaveLength(7);
    expect(yanbian?.properties.aliases).toContain('UNSONG INTERNET TECHNOLOGY CORPORATION');
    expect(String(yanbian?.properties.registrationIds)).toContain('91222401MA0Y31E659');
    const addresses = linksFrom(yanbianId, 'LOCATED_AT').map((r) =>
      String(byId.get(r.to.id)?.properties.full),
    );
    expect(addresses).toHaveLength(3);
    for (const full of addresses) expect(full).toContain('Yanji');
  });

  it('lists Yanbian under OFAC SDN 24977 (DPRK3, DPRK4, 13 Sep 2018), keyed like the importer', () => {
    const sanctionId = entityId('Sanction', { list: 'OFAC SDN', entryId: '24977' });
    expect(linksFrom(yanbianId, 'SANCTIONED_UNDER').map((r) => r.to.id)).toEqual([sanctionId]);
    expect(byId.get(sanctionId)?.properties).toMatchObject({
      programs: ['DPRK3', 'DPRK4'],
      listedOn: '2018-09-13',
    });
  });

  it('places Volasys Silver Star in Vladivostok and JONG Song Hwa at the head of Yanbian', () => {
    const volasysId = entityId('FrontCompany', { name: VOLASYS_SILVER_STAR });
    const [located] = linksFrom(volasysId, 'LOCATED_AT');
    expect(byId.get(located?.to.id ?? '')?.properties.city).toBe('Vladivostok');
    const jongId = entityId('Worker', { name: JONG_SONG_HWA });
    expect(byId.get(jongId)?.properties).toMatchObject({ role: 'leader', birthDate: '1970-02-05' });
    expect(linksFrom(jongId, 'OFFICER_OF').map((r) => r.to.id)).toEqual([yanbianId]);
  });

  it('has KIM Sang Man control his four listed wallets and manage Chinyong', () => {
    const kimId = entityId('Worker', { name: KIM_SANG_MAN });
    const wallets = linksFrom(kimId, 'CONTROLS').map((r) => byId.get(r.to.id)?.properties);
    expect(wallets).toHaveLength(4);
    expect(wallets.map((w) => w?.network).sort()).toEqual(['bitcoin', 'bitcoin', 'ethereum', 'ethereum']);
    expect(wallets.flatMap((w) => w?.assets as string[]).sort()).toEqual([
      'ETH',
      'ETH',
      'USDC',
      'USDT',
      'XBT',
      'XBT',
    ]);
    expect(linksFrom(kimId, 'OFFICER_OF')[0]?.to.id).toBe(entityId('FrontCompany', { name: CHINYONG }));
  });

  it('backs every entity and link with Sources of the dataset and a grade', () => {
    const sources = new Set(batch.entities.filter((e) => e.kind === 'Source').map((e) => e.id));
    expect(sources.size).toBeGreaterThanOrEqual(15);
    for (const item of [...batch.entities.filter((e) => e.kind !== 'Source'), ...batch.relationships]) {
      const ids = item.properties.sourceIds as string[];
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(sources.has(id)).toBe(true);
      expect(['confirmed', 'unverified']).toContain(item.properties.grade);
    }
  });

  it('links only entities it holds (it loads into an empty database)', () => {
    for (const r of batch.relationships) {
      expect(byId.has(r.from.id), `${r.type} from`).toBe(true);
      expect(byId.has(r.to.id), `${r.type} to`).toBe(true);
    }
  });

  it('keeps researchers’ front-company websites unverified', () => {
    const domain = byId.get(entityId('Domain', { name: 'inditechlab.com' }));
    expect(domain?.properties.grade).toBe('unverified');
  });

  it('flags every identity as synthetic: no real person’s data', () => {
    const identities = batch.entities.filter((e) => e.kind === 'Identity');
    expect(identities.length).toBeGreaterThan(0);
    for (const identity of identities) expect(identity.properties.synthetic).toBe(true);
  });

  it('stores Chapman at city level, with no street', () => {
    const address = batch.entities.find(
      (e) => e.kind === 'Address' && String(e.properties.full).startsWith('Litchfield Park'),
    );
    expect(address?.properties).not.toHaveProperty('street');
  });
});
