// Lone surrogates are refused at the door (with where they are) and never produced by audit truncation.
import { describe, expect, it } from 'vitest';
import { MAX_STRING, truncate } from '../../server/audit/truncate.js';
import { findLoneSurrogate } from '../../server/http/well-formed-strings.js';

describe('findLoneSurrogate', () => {
  it('passes well-formed text, pairs included', () => {
    expect(
      findLoneSurrogate({ query: '{ search(text: "𝒳 Silverstar") }', variables: { a: ['ok', 1] } }),
    ).toBe(undefined);
  });

  it('names the path of a lone high or low surrogate, in values and keys', () => {
    expect(findLoneSurrogate({ variables: { items: [{ name: 'x\uD800' }] } })).toBe(
      '$.variables.items[0].name',
    );
    expect(findLoneSurrogate({ variables: { name: '\uDC00y' } })).toBe('$.variables.name');
    expect(findLoneSurrogate({ 'k\uD83D': 1 })).toBe('$ (a key)');
  });
});

describe('truncate', () => {
  it('does not split a surrogate pair at the cut', () => {
    const text = `${'a'.repeat(MAX_STRING - 1)}😀${'b'.repeat(10)}`;
    const cut = truncate(text) as string;
    expect(findLoneSurrogate(cut)).toBe(undefined);
    expect(cut.startsWith('a'.repeat(MAX_STRING - 1))).toBe(true);
  });
});
