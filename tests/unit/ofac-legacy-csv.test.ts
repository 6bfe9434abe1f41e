// The legacy CSV reader on the real files' quirks: Ctrl-Z, `-0-`, both quoting styles, damaged rows.
import { describe, expect, it } from 'vitest';
import { readAltFile } from '../../importers/ofac/alt-file.js';
import { readLegacyCsv } from '../../importers/ofac/legacy-csv.js';
import { readSdnFile, splitPrograms } from '../../importers/ofac/sdn-file.js';
import { IssueLog } from '../../importers/shared/issues.js';

// Verbatim from 2022-01/sdn.csv (unquoted programs, LF) and 2024-05/sdn.csv (quoted, CRLF, Ctrl-Z).
const SDN_2022 =
  '24977,"YANBIAN SILVERSTAR NETWORK TECHNOLOGY CO., LTD.",-0- ,DPRK3] [DPRK4,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and 510.210."\n' +
  '24978,VOLASYS SILVER STAR,-0- ,DPRK3] [DPRK4,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n';
const SDN_2024 =
  '24979,"JONG, Song Hwa","individual","DPRK4",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 05 Feb 1970; nationality Korea, North."\r\n' +
  '24977,"YANBIAN SILVERSTAR NETWORK TECHNOLOGY CO., LTD.",-0- ,"DPRK3] [DPRK4",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n' +
  '\u001a';

describe('readLegacyCsv', () => {
  it('turns -0- into empty and trims fields', () => {
    const issues = new IssueLog();
    const rows = readLegacyCsv('36,25,-0- ,"Havana","Cuba",-0- \n', 'add.csv', 6, issues);
    expect(rows).toEqual([{ line: 1, fields: ['36', '25', '', 'Havana', 'Cuba', ''] }]);
    expect(issues.issues).toEqual([]);
  });

  it('stops at a Ctrl-Z end-of-file marker and notes it with its line', () => {
    const issues = new IssueLog();
    const rows = readSdnFile(SDN_2024, issues);
    expect(rows.map((r) => r.entNum)).toEqual(['24979', '24977']);
    expect(issues.issues).toMatchObject([{ code: 'EOF_MARKER', file: 'sdn.csv', line: 3 }]);
  });

  it('reports rows with the wrong field count or an empty field, with file and line, and skips them', () => {
    const issues = new IssueLog();
    const text =
      '34111,53607,aka,"BARAHONA DE RIVAS, Rosa Adelina",-0- \n1,2,aka\n34111,234234,aka,Another name,\n';
    const rows = readAltFile(text, issues);
    expect(rows).toHaveLength(1);
    expect(issues.issues.map((i) => [i.code, i.file, i.line])).toEqual([
      ['MALFORMED_ROW', 'alt.csv', 2],
      ['MALFORMED_ROW', 'alt.csv', 3],
    ]);
  });

  it('reads unquoted and quoted program lists alike', () => {
    const issues = new IssueLog();
    const rows2022 = readSdnFile(SDN_2022, issues);
    const rows2024 = readSdnFile(SDN_2024, issues);
    expect(rows2022[0]?.programs).toEqual(['DPRK3', 'DPRK4']);
    expect(rows2024[1]?.programs).toEqual(['DPRK3', 'DPRK4']);
    expect(rows2022[0]?.name).toBe('YANBIAN SILVERSTAR NETWORK TECHNOLOGY CO., LTD.');
    expect(rows2022[1]).toMatchObject({ name: 'VOLASYS SILVER STAR', type: 'entity', remarks: '' });
    expect(rows2024[0]).toMatchObject({ type: 'individual', programs: ['DPRK4'] });
  });

  it('splits programs with or without the outer brackets', () => {
    expect(splitPrograms('SDNTK] [ILLICIT-DRUGS-EO14059')).toEqual(['SDNTK', 'ILLICIT-DRUGS-EO14059']);
    expect(splitPrograms('[CYBER2]')).toEqual(['CYBER2']);
    expect(splitPrograms('')).toEqual([]);
  });
});
