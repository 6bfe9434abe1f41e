// Refuses GraphQL documents nested deeper than any real operation before the parser sees them: graphql-js
// parses recursively, and a 2,000-deep document overflowed its stack (found by the fuzz test). The query
// depth limit (server/graphql/rules/query-limits.ts) can only run after a successful parse.
import type { RequestHandler } from 'express';

/** Brackets ({, (, [) open at once that a document may reach. The depth limit on fields is far lower. */
export const MAX_DOCUMENT_NESTING = 64;

/** The deepest bracket nesting in a GraphQL document, outside strings and comments. */
export function documentNesting(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '"') {
      const block = text.startsWith('"""', i);
      const close = block ? '"""' : '"';
      i += close.length;
      while (i < text.length && !text.startsWith(close, i)) i += text[i] === '\\' ? 2 : 1;
      i += close.length - 1;
    } else if (c === '{' || c === '(' || c === '[') {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (c === '}' || c === ')' || c === ']') {
      depth--;
    }
  }
  return deepest;
}

/** 400 QUERY_REFUSED for a document nested past MAX_DOCUMENT_NESTING, in GraphQL's error shape. */
export function documentNestingLimit(max = MAX_DOCUMENT_NESTING): RequestHandler {
  return (req, res, next) => {
    const body = req.body as { query?: unknown } | undefined;
    const query = typeof body?.query === 'string' ? body.query : req.query.query;
    const depth = typeof query === 'string' ? documentNesting(query) : 0;
    if (depth <= max) {
      next();
      return;
    }
    res.status(400).json({
      errors: [
        {
          message: `The document is nested ${depth} brackets deep; the limit is ${max}`,
          extensions: { code: 'QUERY_REFUSED' },
        },
      ],
    });
  };
}
