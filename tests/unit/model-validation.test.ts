// The model checks itself: broken definitions stop start-up with every problem named.
import { describe, expect, it } from 'vitest';
import { InvalidModelError, KINDS, Model, RELATIONSHIPS } from '../../model/index.js';
import type { KindSpec, RelationshipSpec } from '../../model/types.js';

const wallet: KindSpec = KINDS.Wallet;

function problemsOf(kinds: Record<string, KindSpec>, rels: Record<string, RelationshipSpec>): string[] {
  try {
    new Model(kinds, rels);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidModelError);
    return [...(error as InvalidModelError).problems];
  }
}

describe('model self-validation', () => {
  it('accepts the shipped model', () => {
    expect(problemsOf(KINDS, RELATIONSHIPS)).toEqual([]);
  });

  it('refuses a relationship that names an unknown kind', () => {
    const rels = { ...RELATIONSHIPS, OWNS: { ...RELATIONSHIPS.CONTROLS, to: ['Yacht'] } };
    expect(problemsOf(KINDS, rels)).toContain('relationship "OWNS": names unknown kind "Yacht"');
  });

  it('refuses a kind without a key', () => {
    expect(problemsOf({ ...KINDS, Ghost: { ...wallet, key: [], idPrefix: 'gho' } }, {})).toContain(
      'kind "Ghost": has no key',
    );
  });

  it('refuses a caption that is no property, a shared id prefix and a reserved property name', () => {
    const problems = problemsOf(
      {
        Wallet: wallet,
        Coin: {
          ...wallet,
          caption: 'ticker',
          properties: { ...wallet.properties, grade: { type: 'string' } },
        },
      },
      {},
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'kind "Coin": caption "ticker" is no property',
        'kinds "Wallet" and "Coin" share idPrefix "wal"',
        'kind "Coin": property "grade" is reserved for provenance',
      ]),
    );
  });

  it('refuses a search rank outside (0, 1]', () => {
    for (const searchRank of [0, -0.5, 1.5, Number.NaN])
      expect(problemsOf({ Wallet: { ...wallet, searchRank } }, {}), String(searchRank)).toContain(
        'kind "Wallet": searchRank must be in (0, 1]',
      );
    expect(problemsOf({ Wallet: { ...wallet, searchRank: 0.5 } }, {})).toEqual([]);
  });

  it('lists every problem, not just the first', () => {
    const rels = { A: { ...RELATIONSHIPS.CONTROLS, from: ['X'], to: ['Y'] } };
    expect(problemsOf(KINDS, rels)).toHaveLength(2);
  });
});
