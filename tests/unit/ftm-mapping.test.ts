// FtM → our model without a database: the fixture's plan, and malformed records reported by line.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFtmLine } from '../../importers/ftm/ftm-entity.js';
import { planFtm } from '../../importers/ftm/import-ftm.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/ftm');

describe('FtM mapping', () => {
  it('plans the hand-written fixture: 10 entities, 13 links, Passport counted and skipped', async () => {
    const plan = await planFtm(path.join(FIXTURES, 'tlfix-network.ftm.jsonl'));
    expect(plan.issues.issues).toEqual([]);
    expect(plan.skippedSchemata).toEqual({ Passport: 1 });
    const kinds = [...plan.pool.pool.entities.values()].map((e) => e.kind).sort();
    expect(kinds).toEqual([
      'Account',
      'Address',
      'Domain',
      'Organization',
      'Organization',
      'Person',
      'PhoneNumber',
      'PhoneNumber',
      'Sanction',
      'Wallet',
    ]);
    const types = [...plan.pool.pool.relationships.values()].map((r) => r.type).sort();
    expect(types).toEqual([
      'CONTROLS',
      'CONTROLS',
      'HAS_PHONE',
      'LINKED_TO',
      'LINKED_TO',
      'LINKED_TO',
      'LINKED_TO',
      'LINKED_TO',
      'LOCATED_AT',
      'OFFICER_OF',
      'OPERATES',
      'RESIDES_AT',
      'SANCTIONED_UNDER',
    ]);
    const wallet = [...plan.pool.pool.entities.values()].find((e) => e.kind === 'Wallet');
    expect(wallet?.properties).toMatchObject({ network: 'bitcoin', assets: ['BTC'] });
  });

  it('reports malformed lines, dangling references and unknown schemata with their lines', async () => {
    const plan = await planFtm(path.join(FIXTURES, 'malformed.ftm.jsonl'));
    const found = plan.issues.issues.map((i) => `${i.code}:${i.line}`).sort();
    expect(found).toEqual(['MALFORMED_ROW:1', 'MALFORMED_ROW:2', 'MALFORMED_ROW:5', 'ORPHAN_LINK:4']);
    expect(plan.skippedSchemata).toEqual({ Vehicle: 1 });
    expect(plan.pool.pool.entities.size).toBe(1);
  });

  it('accepts a lone string where FtM wants a list, and refuses other values', () => {
    expect(parseFtmLine('{"id":"a","schema":"Person","properties":{"name":"A"}}')).toMatchObject({
      properties: { name: ['A'] },
    });
    expect(parseFtmLine('{"id":"a","schema":"Person","properties":{"name":[1]}}')).toMatch(/not a list/);
  });
});
