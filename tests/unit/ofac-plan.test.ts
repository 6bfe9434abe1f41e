// The import plan: statuses, delistings, older snapshots that must not overwrite, renamed entries.
import { describe, expect, it } from 'vitest';
import { readAddFile } from '../../importers/ofac/add-file.js';
import { assembleEntries } from '../../importers/ofac/assemble-entries.js';
import { buildPlan } from '../../importers/ofac/build-plan.js';
import type { ListState, StoredEntry } from '../../importers/ofac/list-state.js';
import type { Snapshot } from '../../importers/ofac/read-snapshot.js';
import { readSdnFile } from '../../importers/ofac/sdn-file.js';
import { snapshotDate } from '../../importers/ofac/snapshot-date.js';
import { IssueLog } from '../../importers/shared/issues.js';
import { entityId } from '../../model/keys.js';

const SDN = [
  '43377,"KIM, Sang Man","individual","DPRK4",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 25 Apr 1965; Digital Currency Address - ETH 0xb6f5ec1a0a9cd1526536d3f0426c429529471f40; Digital Currency Address - USDT 0xb6f5ec1a0a9cd1526536d3f0426c429529471f40; Linked To: CHINYONG INFORMATION TECHNOLOGY COOPERATION COMPANY."',
  '43379,"CHINYONG INFORMATION TECHNOLOGY COOPERATION COMPANY",-0- ,"DPRK2",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"Linked To: NOBODY KNOWN."',
  '7489,"CHIWENGA, Constantino Guveya","individual","ZIMBABWE",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 25 Aug 1956."',
].join('\r\n');
const ADD = [
  '43379,1,"Building 5, Street 1","Pyongyang","Korea, North",-0- ',
  '43377,2,-0- ,-0- ,"Korea, North",-0- ',
].join('\n');

function snapshot(folder: string): Snapshot {
  const issues = new IssueLog();
  const entries = assembleEntries(readSdnFile(SDN, issues), readAddFile(ADD, issues), [], issues);
  return { ...snapshotDate(folder), folder, entries, files: [], issues };
}

const stored = (entryId: string, extra: Partial<StoredEntry> = {}): StoredEntry => ({
  entryId,
  linked: [],
  ...extra,
});
const state = (lastSnapshot: string | undefined, entries: StoredEntry[]): ListState => ({
  lastSnapshot,
  entries: new Map(entries.map((e) => [e.entryId, e])),
});
const sanctionOf = (plan: ReturnType<typeof buildPlan>, entryId: string) =>
  plan.pool.entities.get(entityId('Sanction', { list: 'OFAC SDN', entryId }))?.properties;

describe('buildPlan', () => {
  it('maps entries, wallets, addresses and links for a first import', () => {
    const snap = snapshot('data/2024-05');
    const plan = buildPlan(snap, state(undefined, []));
    const wallets = [...plan.pool.entities.values()].filter((e) => e.kind === 'Wallet');
    expect(wallets).toHaveLength(1);
    expect(wallets[0]?.properties).toMatchObject({ network: 'ethereum', assets: ['ETH', 'USDT'] });
    const types = [...plan.pool.relationships.values()].map((r) => r.type).sort();
    expect(types).toEqual([
      'CONTROLS',
      'LINKED_TO',
      'LOCATED_AT',
      'SANCTIONED_UNDER',
      'SANCTIONED_UNDER',
      'SANCTIONED_UNDER',
    ]);
    expect(sanctionOf(plan, '43377')).toMatchObject({
      status: 'active',
      programs: ['DPRK4'],
      lastSeen: '2024-05-01T00:00:00.000Z',
    });
    expect(plan.placeOnlyAddresses).toBe(1);
    expect(snap.issues.issues.map((i) => i.code)).toEqual(['ORPHAN_LINK']);
    expect(plan.delistings).toEqual([]);
  });

  it('delists entries an earlier import saw and this list lacks, but not entries other writers added', () => {
    const plan = buildPlan(
      snapshot('2024-05'),
      state('2022-01', [
        stored('2677', { lastSnapshot: '2022-01', status: 'active' }),
        stored('9999', { lastSnapshot: '2022-01', status: 'delisted' }),
        stored('50001'), // a seed's newer designation: no import has seen it
      ]),
    );
    expect(plan.delistings.map((d) => d.properties)).toEqual([
      { list: 'OFAC SDN', entryId: '2677', status: 'delisted', delistedOn: '2024-05' },
    ]);
  });

  it('lets an older snapshot add lists but change no status and overwrite no scalar', () => {
    const plan = buildPlan(
      snapshot('2022-01'),
      state('2024-05', [stored('43377', { lastSnapshot: '2024-05', status: 'delisted' })]),
    );
    expect(plan.newest).toBe(false);
    expect(plan.delistings).toEqual([]);
    const kim = sanctionOf(plan, '43377');
    expect(kim).not.toHaveProperty('status');
    expect(kim).not.toHaveProperty('listedName');
    const worker = plan.pool.entities.get(entityId('Worker', { name: 'KIM, Sang Man' }));
    expect(worker?.properties).not.toHaveProperty('birthDate');
    // Only in the older list: it was dropped by the newer one we hold.
    expect(sanctionOf(plan, '43379')).toMatchObject({ status: 'delisted', delistedOn: '2024-05' });
  });

  it("keeps an earlier snapshot's node when the list renamed the entry, with the new name as alias", () => {
    const oldKey = { name: 'CHIWENGA, Constantine Gureya', qualifier: 'OFAC-7489' };
    const linked = [
      { id: entityId('Person', oldKey), kind: 'Person', name: oldKey.name, origins: ['import:ofac'] },
    ];
    const plan = buildPlan(
      snapshot('2024-05'),
      state('2022-01', [stored('7489', { lastSnapshot: '2022-01', linked })]),
    );
    const person = plan.pool.entities.get(entityId('Person', oldKey));
    expect(person?.properties).toMatchObject({
      name: oldKey.name,
      aliases: ['CHIWENGA, Constantino Guveya'],
    });
    expect(sanctionOf(plan, '7489')).toMatchObject({ listedName: 'CHIWENGA, Constantino Guveya' });
  });
});

describe('snapshotDate', () => {
  it('reads the folder name or the option, and refuses neither', () => {
    expect(snapshotDate('/x/2022-01')).toEqual({ date: '2022-01', datetime: '2022-01-01T00:00:00.000Z' });
    expect(snapshotDate('/x/latest', '2024-05-03').datetime).toBe('2024-05-03T00:00:00.000Z');
    expect(() => snapshotDate('/x/latest')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
