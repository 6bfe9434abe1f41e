// The OFAC SDN importer against the real Neo4j and the real 2022-01 and 2024-05 snapshots.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ImportReport, importOfacFolder } from '../../importers/ofac/import-ofac.js';
import { snapshotSource } from '../../importers/ofac/source.js';
import { entityId } from '../../model/keys.js';
import type { GraphDb } from '../../server/runtime/graph-db.js';
import { openPrivateGraphDb, type PrivateGraphDb } from '../support/private-neo4j.js';

// The list is public data kept outside the repository; OFAC_SDN_DATA points elsewhere if needed.
const DATA = [
  process.env.OFAC_SDN_DATA,
  path.resolve(import.meta.dirname, '../../data/ofac-sdn'),
  // shared/ beside the checkout, as laid for developers and CI
  path.resolve(import.meta.dirname, '../../../shared/data/ofac-sdn'),
  '/work/shared/data/ofac-sdn',
].find((dir): dir is string => !!dir && existsSync(path.join(dir, '2024-05')));

// The list runs in a Neo4j of its own: 15,000 sanctioned entries would swamp the shared database's analyses,
// and the seed tests write some of the same entities meanwhile. Counts still cover only these two snapshots.
const SOURCES = ['2022-01', '2024-05'].map((date) => entityId('Source', snapshotSource(date)));
const KIM = entityId('Worker', { name: 'KIM, Sang Man' });
const YANBIAN = entityId('FrontCompany', { name: 'YANBIAN SILVERSTAR NETWORK TECHNOLOGY CO., LTD.' });

const changes = (report: ImportReport): number =>
  [...report.writes.values()].reduce(
    (n, w) => n + w.entities.created + w.entities.updated + w.relationships.created + w.relationships.updated,
    0,
  );

describe('OFAC SDN import (2022-01, then 2024-05)', () => {
  let db: GraphDb;
  let privateDb: PrivateGraphDb | undefined;
  const runs: Record<string, ImportReport> = {};

  beforeAll(async () => {
    if (!DATA) throw new Error('OFAC SDN data not found: set OFAC_SDN_DATA to the folder holding 2022-01/');
    privateDb = await openPrivateGraphDb('ofac', '2g');
    db = privateDb.db;
  }, 420_000);
  afterAll(async () => privateDb?.close());

  it('imports both snapshots, then both again, the second time changing nothing', async () => {
    for (const run of ['2022-01', '2024-05', '2022-01 again', '2024-05 again']) {
      const report = await importOfacFolder(db, path.join(DATA as string, run.slice(0, 7)));
      runs[run] = report;
      console.log(
        `OFAC ${run}: ${report.timings.total} ms (${JSON.stringify(report.timings)}), ${changes(report)} changes`,
      );
    }
    expect(changes(runs['2022-01 again'] as ImportReport)).toBe(0);
    expect(changes(runs['2024-05 again'] as ImportReport)).toBe(0);
    expect(runs['2022-01 again']?.newest).toBe(false);
  }, 900_000);

  it('holds 15,457 entries for the list, 492 of them delisted as of 2024-05', async () => {
    const { records } = await db.read(
      `MATCH (s:Sanction {list: 'OFAC SDN'}) WHERE any(id IN s.sourceIds WHERE id IN $sources)
       RETURN count(s) AS total, sum(CASE WHEN s.status = 'delisted' THEN 1 ELSE 0 END) AS delisted,
              sum(CASE WHEN s.status = 'delisted' AND s.delistedOn = '2024-05' THEN 1 ELSE 0 END) AS dated`,
      { sources: SOURCES },
    );
    expect(records[0]?.toObject()).toEqual({ total: 15_457, delisted: 492, dated: 492 });
  });

  it('reports the reused ent_num 2677 of 2022-01 with file and line', () => {
    const conflicts = runs['2022-01']?.issues.filter((i) => i.code === 'CONFLICTING_ROW');
    expect(conflicts).toEqual([expect.objectContaining({ file: 'sdn.csv', line: 9044 })]);
  });

  it('links KIM Sang Man to his four listed wallet addresses', async () => {
    const { records } = await db.read(
      `MATCH (:Worker {id: $id})-[r:CONTROLS]->(w:Wallet) WHERE 'import:ofac' IN r.origins
       RETURN w.network AS network, w.address AS address, w.assets AS assets ORDER BY address`,
      { id: KIM },
    );
    expect(records.map((r) => r.toObject())).toEqual([
      { network: 'ethereum', address: '0x97b1043abd9e6fc31681635166d430a458d14f9c', assets: ['ETH'] },
      {
        network: 'ethereum',
        address: '0xb6f5ec1a0a9cd1526536d3f0426c429529471f40',
        assets: ['ETH', 'USDT', 'USDC'],
      },
      { network: 'bitcoin', address: '1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ', assets: ['XBT'] },
      { network: 'bitcoin', address: '1FCNgfZWpYMeYhy9t18AAkTBu8AsdoAc1Z', assets: ['XBT'] },
    ]);
  });

  it('gives Yanbian Silverstar its 7 listed aliases and 3 addresses in Yanji', async () => {
    const { records } = await db.read(
      `MATCH (f:FrontCompany {id: $id})
       OPTIONAL MATCH (f)-[r:LOCATED_AT]->(a:Address) WHERE 'import:ofac' IN r.origins
       RETURN f.aliases AS aliases, collect(a.full) AS addresses`,
      { id: YANBIAN },
    );
    expect(records).toHaveLength(1);
    const { aliases, addresses } = (records[0]?.toObject() ?? {}) as {
      aliases: string[];
      addresses: string[];
    };
    expect(aliases).toEqual(
      expect.arrayContaining([
        'YANBIAN SILVERSTAR',
        'YANBIAN SILVER STAR',
        'SILVER STAR INTERNET TECHNOLOGY CORPORATION',
        'CHINA SILVER STAR INTERNET TECHNOLOGY COMPANY',
        'UNSONG INTERNET TECHNOLOGY CORPORATION',
        'YANJI SILVER STAR NETWORK TECHNOLOGY CO. LTD.',
        'SILVER STAR CHINA',
      ]),
    );
    expect(addresses).toHaveLength(3);
    for (const full of addresses) expect(full).toContain('Yanji');
  });

  it('keeps a delisted entry and its entity, never deleting them', async () => {
    // AL-ZOMOR (2677) is on both lists; MIDCO FINANCE S.A. (2831) is on 2022-01 only.
    const { records } = await db.read(
      `MATCH (e)-[:SANCTIONED_UNDER]->(s:Sanction {list: 'OFAC SDN'}) WHERE s.entryId IN ['2677', '2831']
       RETURN s.entryId AS entryId, s.status AS status, e.kind AS kind ORDER BY entryId`,
    );
    expect(records.map((r) => r.toObject())).toEqual([
      { entryId: '2677', status: 'active', kind: 'Person' },
      { entryId: '2831', status: 'delisted', kind: 'Organization' },
    ]);
  });
});
