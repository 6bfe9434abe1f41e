// Refuses request strings that are not well-formed Unicode (a lone UTF-16 surrogate, which JSON's \uD800
// escape can carry): Neo4j will not store them, and failing later would surface as a server error.
import type { RequestHandler } from 'express';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path of the first string (or object key) in `value` holding a lone surrogate, or undefined. */
export function findLoneSurrogate(value: unknown, path = '$'): string | undefined {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findLoneSurrogate(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  for (const [key, inner] of Object.entries(value)) {
    if (LONE_SURROGATE.test(key)) return `${path} (a key)`;
    const found = findLoneSurrogate(inner, `${path}.${key}`);
    if (found) return found;
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
