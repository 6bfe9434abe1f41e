// Candidate scoring: noisy-or of signals, birth-date factors, and victims' names kept out of evidence.
import { describe, expect, it } from 'vitest';
import { CandidatePairs, WEIGHTS } from '../../server/resolution/candidate-evidence.js';
import { addNameEvidence, type NamedEntity } from '../../server/resolution/name-evidence.js';

const person = (id: string, name: string, extra: Partial<NamedEntity> = {}): NamedEntity => ({
  id,
  kind: 'Identity',
  name,
  aliases: [],
  victim: false,
  ...extra,
});

describe('CandidatePairs', () => {
  it('combines signals as independent evidence and counts each text once', () => {
    const pairs = new CandidatePairs();
    pairs.add('b', 'a', 0.5, 'wallet');
    pairs.add('a', 'b', 0.5, 'wallet');
    pairs.add('a', 'b', 0.5, 'alias');
    pairs.add('c', 'd', 0.2, 'address');
    pairs.scale('c', 'd', 0.5, 'dates differ');
    pairs.scale('x', 'y', 0.5, 'no pair, no effect');
    expect(pairs.ranked(10)).toEqual([
      { ids: ['a', 'b'], score: 0.75, evidence: ['wallet', 'alias'] },
      { ids: ['c', 'd'], score: 0.1, evidence: ['address', 'dates differ'] },
    ]);
    expect(pairs.ranked(1)).toHaveLength(1);
  });
});

describe('addNameEvidence', () => {
  it('finds equal names, names that are aliases, shared aliases, and weighs birth dates', () => {
    const pairs = new CandidatePairs();
    addNameEvidence(
      pairs,
      [
        person('i1', 'kim su', { birthDate: '1990' }),
        person('i2', 'kim su', { birthDate: '1991' }),
        person('i3', 'ri ok', { aliases: ['kim su'] }),
        person('i4', 'pak', { aliases: ['big pak'] }),
        person('i5', 'choe', { aliases: ['big pak'] }),
        { ...person('w1', 'kim su'), kind: 'Worker' },
      ],
      true,
    );
    const byIds = new Map(pairs.ranked(10).map((c) => [c.ids.join(), c]));
    expect(byIds.get('i1,i2')?.score).toBe(
      Math.round(WEIGHTS.sameName * WEIGHTS.differentBirthDates * 1000) / 1000,
    );
    expect(byIds.get('i1,i3')?.evidence).toEqual(['"kim su" is one\'s name and the other\'s alias']);
    expect(byIds.get('i4,i5')?.evidence).toEqual(['both known as "big pak"']);
    expect([...byIds.keys()].some((k) => k.includes('w1'))).toBe(false);
  });

  it("masks a victim's name and birth date unless the caller may unmask", () => {
    const pairs = new CandidatePairs();
    addNameEvidence(pairs, [person('v', 'jane roe', { victim: true }), person('o', 'jane roe')], false);
    expect(pairs.ranked(1)[0]?.evidence).toEqual(['same name [masked]']);
  });
});
