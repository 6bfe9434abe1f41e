// Refuses request strings that are not well-formed Unicode (a lone UTF-16 surrogate, which JSON's \uD800
// escape can carry): Neo4j will not store them, and failing later would surface as a server error.
import type { RequestHandler } from 'express';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The path of the first string (or object key) in `value` holding a lone surrogate, or undefined.
 * Iterative: a hostile body nests arrays 50,000 deep, which a recursive walk would overflow on.
 */
export function findLoneSurrogate(value: unknown, path = '$'): string | undefined {
  const stack: [unknown, string][] = [[value, path]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [item, at] = next;
    if (typeof item === 'string') {
      if (LONE_SURROGATE.test(item)) return at;
    } else if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) stack.push([item[i], `${at}[${i}]`]);
    } else if (item !== null && typeof item === 'object') {
      const entries = Object.entries(item);
      for (const [key] of entries) if (LONE_SURROGATE.test(key)) return `${at} (a key)`;
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, inner] = entries[i] as [string, unknown];
        stack.push([inner, `${at}.${key}`]);
      }
    }
  }
  return undefined;
}

/** 400 BAD_USER_INPUT, in GraphQL's error shape, before anything runs. */
export function wellFormedStrings(): RequestHandler {
  return (req, res, next) => {
    const at = findLoneSurrogate(req.body) ?? findLoneSurrogate(req.query, '$query');
    if (!at) {
      next();
      return;
    }
    res.status(400).json({
      errors: [
        {
          message: `The request holds text that is not valid Unicode (a lone surrogate) at ${at}`,
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
  };
}
