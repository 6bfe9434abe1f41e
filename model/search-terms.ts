// Search text: the tokens stored for full-text search, including joined neighbours for romanisation.
import { normalizeName } from './normalize.js';

/**
 * Tokens plus each pair of neighbouring tokens joined, so "Silver Star" also yields "silverstar" and
 * "Song Hwa" yields "songhwa": romanisations differ mostly in where they put the spaces.
 */
export function searchTokens(value: string): string[] {
  const words = normalizeName(value).split(' ').filter(Boolean);
  const joined = words.slice(1).map((word, i) => `${words[i]}${word}`);
  return [...words, ...joined];
}

/** The string indexed by the full-text index for one entity. */
export function buildSearchText(values: readonly string[]): string {
  const tokens = new Set<string>();
  for (const value of values) for (const token of searchTokens(value)) tokens.add(token);
  return [...tokens].join(' ');
}
