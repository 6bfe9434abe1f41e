// Refuses request bodies that would fail deep inside the server instead of at the door:
// - strings that are not well-formed Unicode (a lone UTF-16 surrogate, which JSON's \uD800 escape can carry):
//   Neo4j will not store them;
// - values nested deeper than any real request: recursive code downstream (audit redaction, canonical JSON,
//   JSON.stringify) overflows the stack on them, which the fuzz test found with 5,000-deep variables.
import type { RequestHandler } from 'express';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Objects and arrays open at once that a body may reach (a body is itself level 1). */
export const MAX_BODY_NESTING = 64;

export interface BodyProblem {
  at: string;
  reason: 'lone-surrogate' | 'too-deep';
}

/**
 * The first problem in `value`, or undefined. Iterative: a hostile body nests arrays 50,000 deep, which a
 * recursive walk would overflow on.
 */
export function findBodyProblem(value: unknown, path = '$'): BodyProblem | undefined {
  const stack: [unknown, string, number][] = [[value, path, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [item, at, depth] = next;
    if (typeof item === 'string') {
      if (LONE_SURROGATE.test(item)) return { at, reason: 'lone-surrogate' };
      continue;
    }
    if (item === null || typeof item !== 'object') continue;
    if (depth >= MAX_BODY_NESTING) return { at, reason: 'too-deep' };
    if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) stack.push([item[i], `${at}[${i}]`, depth + 1]);
      continue;
    }
    const entries = Object.entries(item);
    for (const [key] of entries)
      if (LONE_SURROGATE.test(key)) return { at: `${at} (a key)`, reason: 'lone-surrogate' };
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, inner] = entries[i] as [string, unknown];
      stack.push([inner, `${at}.${key}`, depth + 1]);
    }
  }
  return undefined;
}

function describe(problem: BodyProblem): string {
  return problem.reason === 'too-deep'
    ? `The request nests values deeper than ${MAX_BODY_NESTING} levels at ${problem.at}`
    : `The request holds text that is not valid Unicode (a lone surrogate) at ${problem.at}`;
}

/** 400 BAD_USER_INPUT, in GraphQL's error shape, before anything runs. */
export function wellFormedBody(): RequestHandler {
  return (req, res, next) => {
    const problem = findBodyProblem(req.body) ?? findBodyProblem(req.query, '$query');
    if (!problem) {
      next();
      return;
    }
    res
      .status(400)
      .json({ errors: [{ message: describe(problem), extensions: { code: 'BAD_USER_INPUT' } }] });
  };
}
