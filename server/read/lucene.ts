// The Lucene query for free text: tokens as the index stores them, OR-ed, with fuzziness for long words.
import { normalizeName, searchTokens } from '../../model/index.js';

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes Lucene's special characters (searchTokens already strips most; this keeps it safe). */
export const escapeLucene = (token: string): string => token.replace(SPECIAL, (c) => `\\${c}`);

// Lucene treats these as operators even inside an OR list.
const OPERATORS = new Set(['and', 'or', 'not']);

/**
 * "Silver Star" → `silver^2 silver~1 star^2 silverstar^2 silverstar~2 …`, joined with OR.
 * Exact tokens are boosted over fuzzy ones; joined neighbours ("silverstar") match names written
 * either way, because the index stores them too (model/search-terms.ts). The last token also matches
 * as a prefix, for search as you type. Returns undefined when the text has no searchable token.
 */
export function luceneQuery(text: string): string | undefined {
  const tokens = [...new Set(searchTokens(text))].slice(0, 32);
  if (tokens.length === 0) return undefined;
  const last = normalizeName(text).split(' ').filter(Boolean).at(-1);
  const clauses: string[] = [];
  for (const token of tokens) {
    const term = OPERATORS.has(token) ? `"${token}"` : escapeLucene(token);
    clauses.push(`${term}^2`);
    if (token.length >= 8) clauses.push(`${term}~2`);
    else if (token.length >= 5) clauses.push(`${term}~1`);
  }
  if (last && last.length >= 3 && !OPERATORS.has(last)) clauses.push(`${escapeLucene(last)}*`);
  return clauses.join(' OR ');
}
