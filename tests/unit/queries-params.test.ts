// Parameter values: typed by the header, bounded, defaults applied, nothing undeclared.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { adHocParameters } from '../../server/queries/ad-hoc-params.js';
import { parseParamPairs } from '../../server/queries/param-text.js';
import { bindParameters } from '../../server/queries/param-values.js';
import type { QueryParameter } from '../../server/queries/types.js';

const P: QueryParameter[] = [
  { name: 'company', type: 'id', required: true, description: 'd' },
  { name: 'maxHops', type: 'int', default: 3, min: 1, max: 5, required: false, description: 'd' },
  { name: 'since', type: 'date', required: false, description: 'd' },
  { name: 'kind', type: 'kind', required: false, description: 'd' },
  { name: 'share', type: 'float', required: false, description: 'd' },
  { name: 'strict', type: 'boolean', required: false, description: 'd' },
];
const company = 'frc_0123456789abcdef01234567';

const code = (fn: () => unknown) => {
  try {
    fn();
    return 'ok';
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('bindParameters', () => {
  it('binds every declared parameter: defaults, nulls, and ints as neo4j Integers', () => {
    const bound = bindParameters(P, { company, since: '2024-05', kind: 'Wallet', share: 0.5, strict: true });
    expect(bound).toEqual({
      company,
      maxHops: neo4j.int(3),
      since: '2024-05',
      kind: 'Wallet',
      share: 0.5,
      strict: true,
    });
    expect(neo4j.isInt(bound.maxHops)).toBe(true);
    expect(bindParameters(P, { company }).since).toBeNull();
  });

  it.each([
    ['a missing required parameter', {}],
    ['an undeclared parameter', { company, maxhops: 2 }],
    ['a string for an int', { company, maxHops: '2' }],
    ['a fraction for an int', { company, maxHops: 2.5 }],
    ['an int above its bound', { company, maxHops: 6 }],
    ['an int below its bound', { company, maxHops: 0 }],
    ['a malformed id', { company: 'frc_x' }],
    ['a kind outside the model', { company, kind: 'Spaceship' }],
    ['a malformed date', { company, since: '05/2024' }],
    ['a string for a boolean', { company, strict: 'yes' }],
    ['params that are not an object', [company]],
  ])('refuses %s with BAD_USER_INPUT', (_label, params) => {
    expect(code(() => bindParameters(P, params))).toBe('BAD_USER_INPUT');
  });

  it('lists every problem at once', () => {
    try {
      bindParameters(P, { maxHops: 9, nope: 1 });
    } catch (error) {
      expect((error as { details: { path: string }[] }).details.map((d) => d.path).sort()).toEqual([
        'params.company',
        'params.maxHops',
        'params.nope',
      ]);
    }
  });
});

describe('adHocParameters', () => {
  it('turns whole numbers into Integers, deeply, and keeps the rest', () => {
    expect(adHocParameters({ n: 5, x: 1.5, list: [1, 'a'], map: { k: 2 } })).toEqual({
      n: neo4j.int(5),
      x: 1.5,
      list: [neo4j.int(1), 'a'],
      map: { k: neo4j.int(2) },
    });
    expect(adHocParameters(null)).toEqual({});
  });

  it('refuses non-objects and bad names', () => {
    expect(code(() => adHocParameters([1]))).toBe('BAD_USER_INPUT');
    expect(code(() => adHocParameters({ 'a-b': 1 }))).toBe('BAD_USER_INPUT');
  });
});

describe('parseParamPairs', () => {
  it('types CLI text by the declared parameters', () => {
    expect(parseParamPairs(['maxHops=4', 'company=frc_1', 'strict=false', 'since=2024-01-01'], P)).toEqual({
      maxHops: 4,
      company: 'frc_1',
      strict: false,
      since: '2024-01-01',
    });
    // A value that does not look like its type is passed on as text, for validation to name it.
    expect(parseParamPairs(['maxHops=four'], P)).toEqual({ maxHops: 'four' });
    expect(parseParamPairs(['n=3', 'flag=true', 'text=a=b'])).toEqual({ n: 3, flag: true, text: 'a=b' });
    expect(code(() => parseParamPairs(['novalue']))).toBe('BAD_USER_INPUT');
  });
});
