// CSV mappings without a database: the manifest example maps, bad rows and bad mappings are reported.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planCsv } from '../../importers/csv/import-csv.js';
import { loadMapping, parseMapping } from '../../importers/csv/mapping.js';
import { ThreadlineError } from '../../server/errors/threadline-error.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/csv');

describe('CSV mapping', () => {
  it('maps the laptop manifest: 8 entities, 6 links, bad rows reported with their lines', async () => {
    const mapping = await loadMapping(path.join(FIXTURES, 'laptop-manifest.mapping.yaml'));
    const plan = await planCsv(path.join(FIXTURES, 'laptop-manifest.csv'), mapping);
    expect(plan.records).toBe(5);
    expect(plan.pool.pool.entities.size).toBe(8);
    expect(plan.pool.pool.relationships.size).toBe(6);
    expect(plan.issues.issues.map((i) => `${i.code}:${i.line}`)).toEqual([
      'MALFORMED_ROW:5',
      'MALFORMED_ROW:5',
      'MALFORMED_ROW:6',
    ]);
    // "41 Tlcsv Lane" and "41 Tlcsv Ln." are one address: the model's normaliser decides.
    const addresses = [...plan.pool.pool.entities.values()].filter((e) => e.kind === 'Address');
    expect(addresses).toHaveLength(2);
  });

  it('refuses a mapping the model does not allow, naming every problem', () => {
    const bad = `
entities:
  laptop: { kind: Laptop, properties: { serial: serial, colour: colour } }
  person: { kind: Persona, properties: { name: name } }
  adr: { kind: Address, properties: { full: address } }
relationships:
  - { type: ISSUED, from: adr, to: laptop }
`;
    let error: unknown;
    try {
      parseMapping(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ThreadlineError);
    expect((error as ThreadlineError).code).toBe('BAD_USER_INPUT');
    expect((error as ThreadlineError).details.map((d) => d.path)).toEqual([
      'entities.laptop.properties.colour',
      'entities.person.kind',
      'relationships[0]',
    ]);
  });
});
