// Words for kinds and cluster badges.
import { describe, expect, it } from 'vitest';
import { countWords, kindWords, summaryBadge } from '../../web/src/graph/labels.js';

describe('labels', () => {
  it('turns kind names into words and plurals', () => {
    expect(kindWords('FrontCompany')).toBe('front company');
    expect(countWords(2, 'FrontCompany')).toBe('2 front companies');
    expect(countWords(9, 'Address')).toBe('9 addresses');
    expect(countWords(61, 'Identity')).toBe('61 identities');
    expect(countWords(1, 'Wallet')).toBe('1 wallet');
    expect(countWords(4819, 'Laptop')).toBe('4,819 laptops');
  });

  it('builds the summary badge, biggest counts first', () => {
    const badge = summaryBadge({
      label: 'YANBIAN SILVERSTAR network',
      counts: [
        { kind: 'Wallet', count: 12 },
        { kind: 'Worker', count: 23 },
        { kind: 'Identity', count: 61 },
        { kind: 'Address', count: 9 },
      ],
    });
    expect(badge).toBe('YANBIAN SILVERSTAR network: 61 identities, 23 workers, 12 wallets, 9 addresses');
  });
});

describe('supernode banner', () => {
  it('says how many of how many, in the crowded kind', async () => {
    const { truncationText } = await import('../../web/src/state/truncation-text.js');
    const t = {
      key: 'k',
      anchorId: 'a',
      anchorLabel: 'Farm 7',
      shown: 200,
      total: 4819,
      omitted: [{ kind: 'Laptop', count: 4619 }],
      offset: 200,
      limit: 200,
    };
    expect(truncationText(t)).toBe('Farm 7: showing 200 of 4,819 laptops');
    expect(truncationText({ ...t, omitted: [...t.omitted, { kind: 'Wallet', count: 3 }] })).toBe(
      'Farm 7: showing 200 of 4,819 neighbours',
    );
    // A supernode read in part: the total is a lower bound.
    expect(truncationText({ ...t, exact: false })).toBe('Farm 7: showing 200 of 4,819+ laptops');
  });
});
