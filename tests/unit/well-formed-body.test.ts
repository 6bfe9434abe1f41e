// Hostile input refused at the door: lone surrogates and over-deep values (with where they are), bracket bombs;
// audit truncation keeps pairs.
import { describe, expect, it } from 'vitest';
import { MAX_STRING, truncate } from '../../server/audit/truncate.js';
import { documentNesting, MAX_DOCUMENT_NESTING } from '../../server/http/document-nesting.js';
import { findBodyProblem, MAX_BODY_NESTING } from '../../server/http/well-formed-body.js';

const findLoneSurrogate = (value: unknown) => findBodyProblem(value)?.at;

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

describe('documentNesting', () => {
  it('counts brackets outside strings, block strings and comments', () => {
    expect(documentNesting('{ a(x: [1]) { b } }')).toBe(3);
    expect(documentNesting('{ a(s: "{{{{((", t: """ [[[ \\""" ]]] """) } # {{{{')).toBe(2);
  });

  it('measures a hostile 20,000-deep document without recursion', () => {
    const deep = `${'{ a '.repeat(20_000)}${'}'.repeat(20_000)}`;
    expect(documentNesting(deep)).toBe(20_000);
    expect(documentNesting(deep)).toBeGreaterThan(MAX_DOCUMENT_NESTING);
  });
});

describe('findBodyProblem on hostile nesting', () => {
  it('refuses 100,000-deep arrays without overflowing the stack, naming the level where it stopped', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const problem = findBodyProblem({ variables: { v: deep } });
    expect(problem?.reason).toBe('too-deep');
    // $ is level 0, variables 1, v 2, then the arrays: the walk stops at the limit, not at the bottom.
    expect(problem?.at).toBe(`$.variables.v${'[0]'.repeat(MAX_BODY_NESTING - 2)}`);
  });

  it('passes nesting up to the limit', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < MAX_BODY_NESTING - 2; i++) deep = [deep];
    expect(findBodyProblem({ variables: { v: deep } })).toBe(undefined);
  });
});
