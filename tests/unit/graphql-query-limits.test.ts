// The depth and cost rule: deep or costly operations are refused with QUERY_REFUSED before running.
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { queryLimitsRule } from '../../server/graphql/rules/query-limits.js';

const schema = buildSchema(`
  type Node { id: ID! next: Node list(limit: Int = 10): [Node!]! }
  type Query { node: Node nodes(limit: Int = 200): [Node!]! }
`);

const check = (query: string, depth = 4, cost = 1000) =>
  validate(schema, parse(query), [queryLimitsRule(depth, cost)]).map((e) => e.extensions.code);

describe('queryLimitsRule', () => {
  it('accepts a query within both limits', () => {
    expect(check('{ node { next { id } } }')).toEqual([]);
  });

  it('refuses a query deeper than the limit, through fragments too', () => {
    expect(check('{ node { next { next { next { id } } } } }')).toEqual(['QUERY_REFUSED']);
    expect(check('{ node { ...F } } fragment F on Node { next { next { next { id } } } }')).toEqual([
      'QUERY_REFUSED',
    ]);
  });

  it('multiplies by list limits, using defaults when none is given', () => {
    expect(check('{ nodes(limit: 5) { list(limit: 5) { id } } }')).toEqual([]);
    expect(check('{ nodes { list { id } } }')).toEqual(['QUERY_REFUSED']);
    expect(check('query ($n: Int) { nodes(limit: $n) { id next { id } } }')).toEqual(['QUERY_REFUSED']);
  });

  it('ignores introspection, which tools need deep', () => {
    expect(check('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }')).toEqual([]);
  });

  it('measures each fragment once: a 40-deep fan-out (each fragment spreading the next twice) is refused, not walked 2^40 times', () => {
    const n = 40;
    const fragments = Array.from(
      { length: n },
      (_, i) =>
        `fragment F${i} on Query { a${i}: node { id } ${i + 1 < n ? `...F${i + 1} ...F${i + 1}` : ''} }`,
    );
    // The estimate still counts every expanded field (2^40 of them), so the cost limit refuses it.
    expect(check(`query { ...F0 } ${fragments.join(' ')}`, 4, 1000)).toEqual(['QUERY_REFUSED']);
    // Shared fragments within the limits still count once per use.
    expect(check('query { ...A ...A } fragment A on Query { node { id } }', 4, 1000)).toEqual([]);
  });
});
