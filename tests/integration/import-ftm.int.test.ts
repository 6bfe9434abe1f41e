// FtM import against the real Neo4j: the fixture imports cleanly and idempotently, and its FtM export
// says what the fixture says, less what docs/interop.md lists as lossy.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toFtm } from '../../importers/ftm/export-ftm.js';
import { type FtmEntity, parseFtmLine } from '../../importers/ftm/ftm-entity.js';
import { importFtm } from '../../importers/ftm/import-ftm.js';
import { fullAddress } from '../../importers/ftm/map-things.js';
import { readEntities } from '../../importers/ftm/read-entities.js';
import type { ImportReport } from '../../importers/jsonl/import-report.js';
import type { GraphDb } from '../../server/runtime/graph-db.js';
import { uniqueId } from '../setup/neo4j.js';
import { openTestGraphDb } from '../support/graph-db.js';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/ftm/tlfix-network.ftm.jsonl');
// Lossy by design (docs/interop.md): amounts of payments, shares of ownerships, roles of employments.
const LOSSY: Record<string, string[]> = {
  Payment: ['amount', 'currency', 'purpose'],
  Ownership: ['percentage'],
};
const REFS = new Set([
  'addressEntity',
  'holder',
  'entity',
  'director',
  'organization',
  'employee',
  'employer',
]);
const ENDS = ['owner', 'asset', 'payer', 'beneficiary', 'subject', 'object'];
const SCHEMA = (s: string) => (s === 'Company' || s === 'LegalEntity' ? 'Organization' : s);

/** Content without ids: references replaced by what they point at, lossy properties dropped. */
function canonical(entities: FtmEntity[]): string[] {
  const things = entities.filter(
    (e) => !['Directorship', 'Employment', 'Ownership', 'Payment', 'UnknownLink'].includes(e.schema),
  );
  const sig = new Map(
    things.map((e) => [
      e.id,
      `${SCHEMA(e.schema)}:${e.properties.name?.[0] ?? e.properties.publicKey?.[0] ?? fullAddress(e) ?? e.id}`,
    ]),
  );
  return entities
    .filter((e) => e.schema !== 'Passport')
    .map((e) => {
      const props: Record<string, string[]> = { ...e.properties };
      if (e.schema === 'Address') props.full = [fullAddress(e) as string];
      for (const name of LOSSY[e.schema] ?? []) delete props[name];
      for (const [name, values] of Object.entries(props)) {
        props[name] = (
          REFS.has(name) || ENDS.includes(name) ? values.map((v) => sig.get(v) ?? v) : values
        ).sort();
      }
      const sorted = Object.fromEntries(Object.entries(props).sort(([a], [b]) => a.localeCompare(b)));
      return JSON.stringify({ schema: SCHEMA(e.schema), properties: sorted });
    })
    .sort();
}

const parse = (text: string): FtmEntity[] =>
  text
    .trim()
    .split('\n')
    .map((l) => parseFtmLine(l) as FtmEntity);

describe('FtM import and export', () => {
  let db: GraphDb;
  let dir: string;
  let fixture: string;
  let first: ImportReport;

  beforeAll(async () => {
    db = await openTestGraphDb();
    dir = await mkdtemp(path.join(tmpdir(), 'threadline-ftm-'));
    // Every id and name of the fixture carries "tlfix": the run's marker makes them this run's own.
    const run = uniqueId('r').replace(/-/g, '');
    fixture = (await readFile(FIXTURE, 'utf8')).replace(/tlfix/gi, (m) => `${m}${run}`);
    await writeFile(path.join(dir, 'network.ftm.jsonl'), fixture);
    first = await importFtm(db, path.join(dir, 'network.ftm.jsonl'));
  }, 180_000);
  afterAll(async () => db?.close());

  it('imports the fixture cleanly: 10 entities and 13 relationships created, Passport skipped', () => {
    expect(first.issues).toEqual([]);
    expect(first.skippedSchemata).toEqual({ Passport: 1 });
    expect(first.writes.entities).toEqual({ created: 10, updated: 0, unchanged: 0 });
    expect(first.writes.relationships).toEqual({ created: 13, updated: 0, unchanged: 0 });
  });

  it('changes nothing when the same file is imported again', async () => {
    const again = await importFtm(db, path.join(dir, 'network.ftm.jsonl'));
    expect(again.writes.entities).toEqual({ created: 0, updated: 0, unchanged: 10 });
    expect(again.writes.relationships).toEqual({ created: 0, updated: 0, unchanged: 13 });
  });

  it('exports what the fixture says, and the export re-imports with nothing changed', async () => {
    const { nodes, relationships } = await readEntities(db, first.entityIds);
    const exported = toFtm(nodes, relationships);
    expect(canonical(exported)).toEqual(canonical(parse(fixture)));
    const file = path.join(dir, 'export.ftm.jsonl');
    await writeFile(file, exported.map((e) => JSON.stringify(e)).join('\n'));
    const back = await importFtm(db, file);
    expect(back.issues).toEqual([]);
    expect(back.writes.entities).toEqual({ created: 0, updated: 0, unchanged: 10 });
    expect(back.writes.relationships).toEqual({ created: 0, updated: 0, unchanged: 13 });
  });
});
