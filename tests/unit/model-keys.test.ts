// Natural keys and the ids derived from them: the same thing in the world always gets the same id.
import { describe, expect, it } from 'vitest';
import { entityId, KeyError, naturalKey, relationshipId } from '../../model/keys.js';
import {
  normalizeAddress,
  normalizeDomain,
  normalizeName,
  normalizePhone,
  normalizeWallet,
} from '../../model/normalize.js';
import { buildSearchText, searchTokens } from '../../model/search-terms.js';

describe('normalisers', () => {
  it('fold case, accents, punctuation and spacing out of names', () => {
    expect(normalizeName('  YANBIAN SILVERSTAR Network Technology Co., Ltd. ')).toBe(
      'yanbian silverstar network technology co ltd',
    );
    expect(normalizeName('Łódź  Café')).toBe('łodz cafe');
  });

  it('expand street abbreviations so two spellings of one address are equal', () => {
    expect(normalizeAddress('41 Ul. Klary Tsetskin, Vladivostok')).toBe(
      normalizeAddress('41 ulitsa Klary Tsetskin Vladivostok'),
    );
    expect(normalizeAddress('12 Main St.')).not.toBe(normalizeAddress('12 Main Rd'));
  });

  it('lower-case hex wallet addresses only', () => {
    expect(normalizeWallet('0xB6F5EC1A0A9CD1526536D3F0426C429529471F40')).toBe(
      '0xb6f5ec1a0a9cd1526536d3f0426c429529471f40',
    );
    expect(normalizeWallet(' 1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ ')).toBe(
      '1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ',
    );
  });

  it('reduce domains and phone numbers to one form', () => {
    expect(normalizeDomain('https://www.UpWorkSell.com/about')).toBe('upworksell.com');
    expect(normalizePhone('+1 (615) 555-0100')).toBe('+16155550100');
    expect(normalizePhone('0044 20 7946 0000')).toBe('+442079460000');
  });
});

describe('entity ids', () => {
  it('are equal for spellings that normalise alike and carry the kind prefix', () => {
    const a = entityId('FrontCompany', { name: 'Yanbian Silverstar Network Technology Co., Ltd.' });
    const b = entityId('FrontCompany', { name: 'YANBIAN SILVERSTAR NETWORK TECHNOLOGY CO LTD' });
    expect(a).toBe(b);
    expect(a).toMatch(/^frc_[0-9a-f]{24}$/);
  });

  it('differ between kinds with the same key values', () => {
    expect(entityId('Employer', { name: 'Acme' })).not.toBe(
      entityId('Facilitator', { name: 'Acme' }).replace('fac', 'emp'),
    );
  });

  it('use every key part: one EVM address on two networks is two wallets', () => {
    const eth = entityId('Wallet', { network: 'ethereum', address: '0xAB' });
    expect(entityId('Wallet', { network: 'ethereum', address: '0xab' })).toBe(eth);
    expect(entityId('Wallet', { network: 'tron', address: '0xab' })).not.toBe(eth);
  });

  it('keep namesakes apart through an optional qualifier', () => {
    expect(naturalKey('Person', { name: 'Kim Il' })).toEqual(['kim il', '']);
    expect(entityId('Person', { name: 'Kim Il', qualifier: 'OFAC-1' })).not.toBe(
      entityId('Person', { name: 'Kim Il', qualifier: 'OFAC-2' }),
    );
  });

  it('refuse a missing required key part', () => {
    expect(() => entityId('Identity', { name: 'Andrew M.' })).toThrow(KeyError);
    expect(() => entityId('Laptop', { serial: '   ' })).toThrow(/serial/);
  });
});

describe('relationship ids', () => {
  it('tell transfers apart by their key and are stable', () => {
    const one = relationshipId('TRANSFERRED_TO', 'wal_a', 'wal_b', {
      txHash: '0x1',
      at: '2024-01-01T00:00:00Z',
    });
    expect(
      relationshipId('TRANSFERRED_TO', 'wal_a', 'wal_b', { txHash: '0x1', at: '2024-01-01T00:00:00Z' }),
    ).toBe(one);
    expect(
      relationshipId('TRANSFERRED_TO', 'wal_a', 'wal_b', { txHash: '0x2', at: '2024-01-01T00:00:00Z' }),
    ).not.toBe(one);
    expect(
      relationshipId('TRANSFERRED_TO', 'wal_b', 'wal_a', { txHash: '0x1', at: '2024-01-01T00:00:00Z' }),
    ).not.toBe(one);
  });
});

describe('search text', () => {
  it('joins neighbouring words so romanisations with and without spaces meet', () => {
    expect(searchTokens('Volasys Silver Star')).toEqual([
      'volasys',
      'silver',
      'star',
      'volasyssilver',
      'silverstar',
    ]);
    expect(buildSearchText(['Silver Star', 'Silverstar'])).toBe('silver star silverstar');
  });
});
