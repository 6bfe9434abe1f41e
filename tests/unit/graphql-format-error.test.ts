// formatError: stable codes and details for known errors; internals never leak.
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { ThreadlineError } from '../../server/errors/threadline-error.js';
import { createFormatError } from '../../server/graphql/errors/format-error.js';

const logged: unknown[] = [];
const format = createFormatError((_m, e) => logged.push(e));
const neo4jError = (message: string, code: string) => new Neo4jError(message, code, '50N42', 'general error');
const wrap = (original: Error) =>
  new GraphQLError(original.message, { originalError: original, path: ['x'] });

describe('formatError', () => {
  it('maps a ThreadlineError to its code and details', () => {
    const error = wrap(
      new ThreadlineError('BAD_USER_INPUT', 'Invalid batch', [
        { path: 'input.workers[0].name', message: 'x' },
      ]),
    );
    const out = format({ message: error.message, path: ['x'] }, error);
    expect(out.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      details: [{ path: 'input.workers[0].name', message: 'x' }],
      retryable: false,
    });
    expect(out.path).toEqual(['x']);
  });

  it('maps an unreachable Neo4j to a retryable DATABASE_UNAVAILABLE', () => {
    const error = wrap(neo4jError('connection refused to 10.0.0.7:7687', 'ServiceUnavailable'));
    const out = format({ message: error.message }, error);
    expect(out.extensions).toMatchObject({ code: 'DATABASE_UNAVAILABLE', retryable: true });
    expect(out.message).not.toContain('10.0.0.7');
  });

  it('maps a transaction timeout to QUERY_TIMEOUT', () => {
    const error = wrap(
      neo4jError('timed out', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'),
    );
    expect(format({ message: 'timed out' }, error).extensions?.code).toBe('QUERY_TIMEOUT');
  });

  it('hides anything else as INTERNAL and logs it', () => {
    const error = wrap(new TypeError("Cannot read properties of undefined (reading 'secret')"));
    const out = format({ message: error.message }, error);
    expect(out).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL' } });
    expect(logged).toHaveLength(1);
  });

  it("keeps GraphQL's own errors and a rule's own code", () => {
    const parse = new GraphQLError('Syntax Error', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    expect(
      format({ message: 'Syntax Error', extensions: { code: 'GRAPHQL_PARSE_FAILED' } }, parse).extensions
        ?.code,
    ).toBe('GRAPHQL_PARSE_FAILED');
    const refused = new GraphQLError('too deep', { extensions: { code: 'QUERY_REFUSED' } });
    const validation = new GraphQLError('too deep', {
      originalError: refused,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const out = format(
      { message: 'too deep', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      validation,
    );
    expect(out.extensions?.code).toBe('QUERY_REFUSED');
  });
});
