// The Lucene query built from free text: tokens, joined neighbours, fuzziness, escaping.
import { describe, expect, it } from 'vitest';
import { escapeLucene, luceneQuery } from '../../server/read/lucene.js';

describe('luceneQuery', () => {
  it('ORs the tokens and their joined neighbours, exact ones boosted', () => {
    const query = luceneQuery('Silver Star') ?? '';
    const clauses = query.split(' OR ');
    expect(clauses).toContain('silver^2');
    expect(clauses).toContain('star^2');
    expect(clauses).toContain('silverstar^2');
    expect(clauses).toContain('silverstar~2');
    expect(clauses).toContain('silver~1');
    expect(clauses).toContain('star*');
  });

  it('folds case, accents and punctuation like the index does', () => {
    expect(luceneQuery('  SÖNG-Hwa!! ')).toBe(luceneQuery('song hwa'));
  });

  it('quotes words Lucene reads as operators and escapes specials', () => {
    expect(luceneQuery('Smith and Co')?.split(' OR ')).toContain('"and"^2');
    expect(escapeLucene('a+b:c')).toBe('a\\+b\\:c');
  });

  it('returns undefined for text without a searchable token', () => {
    expect(luceneQuery('  ?!* ')).toBeUndefined();
  });
});
