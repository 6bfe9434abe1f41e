// Joining the files into entries: the 2677 reuse, orphans, aliases, addresses and the kind of each entry.
import { describe, expect, it } from 'vitest';
import { fullAddress, readAddFile } from '../../importers/ofac/add-file.js';
import { readAltFile } from '../../importers/ofac/alt-file.js';
import { assembleEntries } from '../../importers/ofac/assemble-entries.js';
import { entryKind } from '../../importers/ofac/entry-kind.js';
import { readSdnFile } from '../../importers/ofac/sdn-file.js';
import { IssueLog } from '../../importers/shared/issues.js';
import { entityId } from '../../model/keys.js';

// Lines 57 and 9044 of 2022-01/sdn.csv: ent_num 2677 reused for another name.
const SDN = [
  '2677,"AL-ZOMOR, Abboud Abdul Latif Hassan",individual,SDGT,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 19 Apr 1947; nationality Egypt."',
  '24977,"YANBIAN SILVERSTAR NETWORK TECHNOLOGY CO., LTD.",-0- ,DPRK3] [DPRK4,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"a.k.a. \'SILVER STAR CHINA\'; Unified Social Credit Code (USCC) 91222401MA0Y31E659 (China)."',
  '2677,"AL-ZOMOR, Abboud Abdul Latif Hassan",individual,SDGT,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ',
  '2677,HAMER AND NAIL CONSTRUCTION LIMITED,-0- ,SDGT,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"Linked To: AYAD, Adnan."',
].join('\n');
const ADD = [
  '24977,37796,"20998B-26 Changbaishan East Road","Yanji, Jilin","China",-0- ',
  '24977,45352,"No. 213-214,  Building 2, Science and Technology Industrial Park, Yanji Development Zone",-0- ,"China",-0- ',
  '34489,51678,"1st Floor Anchor House, Cairo Road, Town Centre","Lusaka, Lusaka Province","Zambia",-0- ',
].join('\n');
const ALT = [
  '24977,39421,aka,YANBIAN SILVERSTAR,-0- ',
  '24977,47133,aka,SILVER STAR CHINA,-0- ',
  '24977,47134,aka,"YANBIAN SILVERSTAR NETWORK TECHNOLOGY CO., LTD",-0- ',
].join('\n');

function assemble() {
  const issues = new IssueLog();
  const entries = assembleEntries(
    readSdnFile(SDN, issues),
    readAddFile(ADD, issues),
    readAltFile(ALT, issues),
    issues,
  );
  return { entries, issues };
}

describe('assembleEntries', () => {
  it('keeps the first row of a reused ent_num and reports the conflict and the repeat with their lines', () => {
    const { entries, issues } = assemble();
    expect(entries.map((e) => [e.row.entNum, e.row.name])).toEqual([
      ['2677', 'AL-ZOMOR, Abboud Abdul Latif Hassan'],
      ['24977', 'YANBIAN SILVERSTAR NETWORK TECHNOLOGY CO., LTD.'],
    ]);
    expect(issues.issues.filter((i) => i.file === 'sdn.csv').map((i) => [i.code, i.line])).toEqual([
      ['DUPLICATE_ROW', 3],
      ['CONFLICTING_ROW', 4],
    ]);
  });

  it('reports address rows of unknown entries as orphans', () => {
    const { issues } = assemble();
    expect(issues.issues.filter((i) => i.file === 'add.csv')).toMatchObject([
      { code: 'ORPHAN_ROW', line: 3 },
    ]);
  });

  it('merges aliases from alt.csv and the remarks, without repeats or the entry name itself', () => {
    const yanbian = assemble().entries[1];
    expect(yanbian?.aliases).toEqual(['YANBIAN SILVERSTAR', 'SILVER STAR CHINA']);
    expect(yanbian?.addresses).toHaveLength(2);
  });
});

describe('addresses', () => {
  it('joins the non-empty parts into one line', () => {
    expect(
      fullAddress({ street: '41 Ulitsa Klary Tsetskin', cityLine: 'Vladivostok', country: 'Russia' }),
    ).toBe('41 Ulitsa Klary Tsetskin, Vladivostok, Russia');
    expect(fullAddress({ street: 'via Dubini, n. 3', cityLine: 'Gallarate,, Varese', country: '' })).toBe(
      'via Dubini, n. 3, Gallarate,, Varese',
    );
  });

  it('gives one Address id to spellings equal after normalisation', () => {
    const id = (full: string) => entityId('Address', { full });
    expect(id('41 Ul. Klary Tsetskin, Vladivostok, Russia')).toBe(
      id('41 ulitsa klary tsetskin vladivostok russia'),
    );
    expect(id('House 6B, Street 40,, Sector F-10/4, Islamabad')).toBe(
      id('House 6B Street 40 Sector F 10 4 Islamabad'),
    );
    expect(id('House 6B, Street 40, Islamabad')).not.toBe(id('House 6A, Street 40, Islamabad'));
  });
});

describe('entryKind', () => {
  it('uses the known-entries table for the IT-worker networks and the SDN type otherwise', () => {
    expect(entryKind({ entNum: '24977', name: 'YANBIAN SILVERSTAR', type: 'entity' })).toBe('FrontCompany');
    expect(entryKind({ entNum: '24979', name: 'JONG, Song Hwa', type: 'individual' })).toBe('Worker');
    expect(entryKind({ entNum: '43377', name: 'KIM, Sang Man', type: 'individual' })).toBe('Worker');
    expect(entryKind({ entNum: '99999', name: 'SONG, Kum Hyok', type: 'individual' })).toBe('Worker');
    expect(entryKind({ entNum: '2677', name: 'AL-ZOMOR', type: 'individual' })).toBe('Person');
    expect(entryKind({ entNum: '1', name: 'X', type: 'entity' })).toBe('Organization');
    expect(entryKind({ entNum: '2', name: 'CALM BRIDGE', type: 'vessel' })).toBe('Vessel');
    expect(entryKind({ entNum: '3', name: 'EP-MMA', type: 'aircraft' })).toBe('Aircraft');
  });
});
