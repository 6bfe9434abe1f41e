// Remarks parsing: wallets, Linked To, a.k.a., dates of birth, identifiers, truncation at 1,000 characters.
import { describe, expect, it } from 'vitest';
import { parseListDate } from '../../importers/ofac/list-dates.js';
import { parseRemarks, REMARKS_LIMIT, splitRemarks } from '../../importers/ofac/remarks.js';

// KIM, Sang Man (43377) in 2024-05/sdn.csv, verbatim.
const KIM =
  'DOB 25 Apr 1965; POB North Pyongan Province, North Korea; nationality Korea, North; Gender Male; Digital Currency Address - XBT 1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ; alt. Digital Currency Address - XBT 1FCNgfZWpYMeYhy9t18AAkTBu8AsdoAc1Z; Digital Currency Address - ETH 0x97b1043abd9e6fc31681635166d430a458d14f9c; alt. Digital Currency Address - ETH 0xb6f5ec1a0a9cd1526536d3f0426c429529471f40; Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and 510.210; Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions: North Korea Sanctions Regulations section 510.214; Digital Currency Address - USDT 0xb6f5ec1a0a9cd1526536d3f0426c429529471f40; Digital Currency Address - USDC 0xb6f5ec1a0a9cd1526536d3f0426c429529471f40; Passport 109420132 (Korea, North) issued 16 Oct 2019 expires 16 Oct 2024; alt. Passport 827220538 (Korea, North); alt. Passport 563220082 (Korea, North).';

describe('parseRemarks', () => {
  it("reads KIM Sang Man's wallets, date of birth, nationality and passports", () => {
    const facts = parseRemarks(KIM);
    expect(facts.wallets).toEqual([
      { asset: 'XBT', address: '1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ' },
      { asset: 'XBT', address: '1FCNgfZWpYMeYhy9t18AAkTBu8AsdoAc1Z' },
      { asset: 'ETH', address: '0x97b1043abd9e6fc31681635166d430a458d14f9c' },
      { asset: 'ETH', address: '0xb6f5ec1a0a9cd1526536d3f0426c429529471f40' },
      { asset: 'USDT', address: '0xb6f5ec1a0a9cd1526536d3f0426c429529471f40' },
      { asset: 'USDC', address: '0xb6f5ec1a0a9cd1526536d3f0426c429529471f40' },
    ]);
    expect(facts.birthDate).toBe('1965-04-25');
    expect(facts.nationality).toBe('Korea, North');
    expect(facts.identifiers).toEqual([
      'Passport 109420132 (Korea, North) issued 16 Oct 2019 expires 16 Oct 2024',
      'Passport 827220538 (Korea, North)',
      'Passport 563220082 (Korea, North)',
    ]);
    expect(facts.truncated).toBeUndefined();
  });

  it('reads Linked To names, keeping dots inside a name and dropping the closing one', () => {
    const facts = parseRemarks(
      "a.k.a. 'ALIAS LLC'; a.k.a. 'ALIS LLC'; Linked To: CHINYONG INFORMATION TECHNOLOGY COOPERATION COMPANY; Linked To: YANBIAN SILVERSTAR NETWORK TECHNOLOGY CO., LTD.",
    );
    expect(facts.aliases).toEqual(['ALIAS LLC', 'ALIS LLC']);
    expect(facts.linkedTo).toEqual([
      'CHINYONG INFORMATION TECHNOLOGY COOPERATION COMPANY',
      'YANBIAN SILVERSTAR NETWORK TECHNOLOGY CO., LTD',
    ]);
  });

  it('keeps a date of birth only when it is a plain date; looser ones stay as text', () => {
    expect(parseRemarks('DOB circa 1960; alt. DOB 1962; nationality Iran.')).toMatchObject({
      birthDate: '1962',
      identifiers: ['DOB circa 1960'],
      nationality: 'Iran',
    });
    expect(parseRemarks('DOB 1960 to 1962.').birthDate).toBeUndefined();
    expect(parseRemarks('DOB Feb 1970.').birthDate).toBe('1970-02');
  });

  it('keeps registration numbers as identifiers but not phone numbers or websites', () => {
    const facts = parseRemarks(
      'Website www.x.ru; Phone Number 7 495 1234567; Unified Social Credit Code (USCC) 91222401MA0Y31E659 (China); Tax ID No. 7724759532 (Russia); Organization Established Date 06 Sep 2010.',
    );
    expect(facts.identifiers).toEqual([
      'Unified Social Credit Code (USCC) 91222401MA0Y31E659 (China)',
      'Tax ID No. 7724759532 (Russia)',
    ]);
  });

  it('reads a vessel IMO number and an aircraft tail number', () => {
    expect(parseRemarks('Vessel Registration Identification IMO 8318867; Linked To: X.').imo).toBe('8318867');
    expect(parseRemarks('Aircraft Tail Number EP-MMA; Aircraft Model A310.').tailNumber).toBe('EP-MMA');
  });

  it('drops the cut-off last fact of remarks at the length limit, unless it is a whole wallet', () => {
    const pad = (tail: string) => `${'Gender Male; '.repeat(80)}${tail}`.slice(-REMARKS_LIMIT);
    const stub = parseRemarks(pad('alt. Digital Currency Address - XBT 1B64QRxf'));
    expect(stub.wallets).toEqual([]);
    expect(stub.truncated).toEqual({ fact: 'alt. Digital Currency Address - XBT 1B64QRxf', kept: false });
    const whole = parseRemarks(pad('alt. Digital Currency Address - XBT 18yWCu6agTxYqAerMxiz9sgHrK3ViezzGa'));
    expect(whole.wallets).toEqual([{ asset: 'XBT', address: '18yWCu6agTxYqAerMxiz9sgHrK3ViezzGa' }]);
    expect(whole.truncated?.kept).toBe(true);
  });

  it('splits on semicolons and ignores empty facts', () => {
    expect(splitRemarks(' a; ;b.')).toEqual(['a', 'b']);
  });
});

describe('parseListDate', () => {
  it('accepts the list forms and ISO partial dates, and rejects impossible or loose dates', () => {
    expect(parseListDate('05 Feb 1970')).toBe('1970-02-05');
    expect(parseListDate('5 Feb 1970')).toBe('1970-02-05');
    expect(parseListDate('1970')).toBe('1970');
    expect(parseListDate('2024-05')).toBe('2024-05');
    expect(parseListDate('31 Feb 1970')).toBeUndefined();
    expect(parseListDate('circa 1970')).toBeUndefined();
    expect(parseListDate('2024-13')).toBeUndefined();
  });
});
