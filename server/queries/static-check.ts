// The static refusal of a query before it reaches the database: writes, file access, batching, and
// procedures or functions outside the allow-list. The read transaction is the second line of defence.
import { type ErrorDetail, ThreadlineError } from '../errors/threadline-error.js';
import { type Token, TokenizeError, tokenize } from './cypher-tokens.js';
import { findProblems, position } from './refusal-rules.js';

/** Throws QUERY_REFUSED listing every refused construct, with its position in the query. */
export function assertReadOnly(cypher: string): void {
  let tokens: Token[];
  try {
    tokens = tokenize(cypher);
  } catch (error) {
    if (!(error instanceof TokenizeError)) throw error;
    throw new ThreadlineError('BAD_USER_INPUT', `Cypher: ${error.message} at ${position(cypher, error.at)}`);
  }
  const problems = findProblems(tokens);
  if (problems.length === 0) return;
  const details: ErrorDetail[] = problems.map((p) => ({ path: position(cypher, p.at), message: p.message }));
  const more = details.length > 1 ? ` (and ${details.length - 1} more)` : '';
  throw new ThreadlineError('QUERY_REFUSED', `Query refused: ${details[0]?.message}${more}`, details);
}

/** The `$names` a query uses, for checking them against the declared parameters. */
export function usedParameters(cypher: string): string[] {
  return [
    ...new Set(
      tokenize(cypher)
        .filter((t) => t.type === 'param')
        .map((t) => t.text),
    ),
  ];
}
