// The refusal rules over tokens: write clauses, file access, batching, and calls off the allow-list.
import { isAllowedFunction, isAllowedProcedure } from './allow-list.js';
import type { Token } from './cypher-tokens.js';

const WRITE_CLAUSES = new Set([
  'CREATE',
  'MERGE',
  'DELETE',
  'DETACH',
  'SET',
  'REMOVE',
  'FOREACH',
  'DROP',
  'ALTER',
  'RENAME',
  'GRANT',
  'DENY',
  'REVOKE',
  'TERMINATE',
]);

/** Line and column of an offset, as people count them. */
export function position(text: string, at: number): string {
  const before = text.slice(0, at).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

const upper = (t: Token | undefined): string => (t?.type === 'word' ? t.text.toUpperCase() : '');
// Punctuation only: a string literal '.' before SET is no property access.
const punct = (t: Token | undefined, text: string): boolean => t?.type === 'punct' && t.text === text;
const isName = (t: Token | undefined): boolean => t?.type === 'word' || t?.type === 'quoted';

/** A dotted name starting at index i (`apoc.create.node`), and the index after it. */
function dottedName(tokens: readonly Token[], i: number): { name: string; end: number } {
  const parts = [tokens[i]?.text ?? ''];
  let j = i + 1;
  while (punct(tokens[j], '.') && isName(tokens[j + 1])) {
    parts.push(tokens[j + 1]?.text ?? '');
    j += 2;
  }
  return { name: parts.join('.'), end: j };
}

export function findProblems(tokens: readonly Token[]): { at: number; message: string }[] {
  const problems: { at: number; message: string }[] = [];
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    // `n.set`, `:Create` and `{merge: 1}` are a property, a label and a map key, not clauses.
    const asName = punct(prev, '.') || punct(prev, ':') || punct(tokens[i + 1], ':');
    const word = upper(t);
    if (t.type === 'string' && /file:/i.test(t.text)) {
      problems.push({ at: t.at, message: 'file: URLs are refused: queries may not read files' });
    }
    if (!isName(t) || asName) return;
    if (WRITE_CLAUSES.has(word)) {
      problems.push({ at: t.at, message: `${word} is refused: saved and ad-hoc queries only read` });
    } else if (word === 'LOAD') {
      problems.push({ at: t.at, message: 'LOAD CSV is refused: queries may not read files or URLs' });
    } else if (word === 'TRANSACTIONS') {
      problems.push({
        at: t.at,
        message: 'CALL { … } IN TRANSACTIONS is refused: it exists to batch writes',
      });
    } else if (word === 'CALL' && isName(tokens[i + 1])) {
      const { name } = dottedName(tokens, i + 1);
      if (!isAllowedProcedure(name)) {
        problems.push({
          at: t.at,
          message: `procedure ${name} is not on the allow-list of read-only procedures`,
        });
      }
    } else if (upper(prev) !== 'CALL' && punct(tokens[i + 1], '.')) {
      const { name, end } = dottedName(tokens, i);
      if (punct(tokens[end], '(') && name.includes('.') && !isAllowedFunction(name)) {
        problems.push({
          at: t.at,
          message: `function ${name} is not on the allow-list of read-only functions`,
        });
      }
    }
  });
  return problems;
}
