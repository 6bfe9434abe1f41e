// What an audit entry may store: secrets redacted by key and by shape, large values cut, fields classified.
import { describe, expect, it } from 'vitest';
import { auditActionOf } from '../../server/audit/recorded-fields.js';
import { REDACTED, redact, redactString } from '../../server/audit/redact.js';
import { storedParameters } from '../../server/audit/stored-parameters.js';
import { resultSizeOf, summariseArguments, targetIdsOf } from '../../server/audit/summarise-call.js';
import { MAX_LIST, MAX_STRING } from '../../server/audit/truncate.js';

describe('redaction', () => {
  it('replaces the value of any key naming a password, secret, token, key or authorization', () => {
    const input = {
      password: 'a',
      newPassword: 'b',
      clientSecret: 'c',
      refresh_token: 'd',
      apiKey: 'e',
      Authorization: 'f',
      keep: { name: 'g', items: [{ PASSWORD: 'h' }] },
    };
    expect(redact(input)).toEqual({
      password: REDACTED,
      newPassword: REDACTED,
      clientSecret: REDACTED,
      refresh_token: REDACTED,
      apiKey: REDACTED,
      Authorization: REDACTED,
      keep: { name: 'g', items: [{ PASSWORD: REDACTED }] },
    });
  });

  it('keeps only the id of an API key and removes JWTs and bearer credentials inside text', () => {
    expect(redactString('used tlk_0123456789abcdef_SECRETsecretSECRET-_x today')).toBe(
      'used tlk_0123456789abcdef_[redacted] today',
    );
    expect(redactString('token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln end')).toBe('token [redacted] end');
    expect(redactString('Authorization: Bearer abc.def-ghi')).toBe('Authorization: Bearer [redacted]');
  });

  it('stores canonical JSON: sorted keys, long strings and lists cut with a note', () => {
    const text = storedParameters({
      b: 'x'.repeat(MAX_STRING + 10),
      a: Array.from({ length: MAX_LIST + 5 }, (_, i) => i),
    });
    const stored = JSON.parse(text) as { a: unknown[]; b: string };
    expect(Object.keys(stored)).toEqual(['a', 'b']);
    expect(stored.a).toHaveLength(MAX_LIST + 1);
    expect(stored.a.at(-1)).toBe('…[+5 items]');
    expect(stored.b.endsWith('…[+10 chars]')).toBe(true);
    expect(storedParameters(undefined)).toBe('{}');
  });
});

describe('what a GraphQL call records', () => {
  it('records mutations, query runs, exports and audit reads; not plain reads', () => {
    expect(auditActionOf('mutation', 'upsertEntities')).toBe('mutation');
    expect(auditActionOf('mutation', 'unmaskEntity')).toBe('mutation');
    expect(auditActionOf('query', 'runCypher')).toBe('query-run');
    expect(auditActionOf('query', 'runSavedQuery')).toBe('query-run');
    expect(auditActionOf('query', 'exportGraph')).toBe('export');
    expect(auditActionOf('query', 'auditLog')).toBe('audit-read');
    for (const read of ['search', 'entity', 'neighborhood', 'paths', 'exporter', '__schema']) {
      expect(auditActionOf('query', read)).toBeNull();
    }
  });

  it('summarises an upsert batch as counts per kind, never its items', () => {
    const args = {
      input: {
        source: { title: 'DOJ release', publisher: 'DOJ' },
        workers: [{ name: 'A' }, { name: 'B' }],
        relationships: [{}],
      },
    };
    expect(summariseArguments('upsertEntities', args)).toEqual({
      input: {
        counts: { workers: 2, relationships: 1 },
        items: 3,
        source: { title: 'DOJ release', publisher: 'DOJ' },
      },
    });
  });

  it('takes ids from arguments and results, and sizes from the main list', () => {
    expect(targetIdsOf({ ids: ['a', 'b'], reason: 'x' }, { id: 'a' })).toEqual(['a', 'b']);
    expect(targetIdsOf({ from: 'a', to: 'b' }, null)).toEqual(['a', 'b']);
    expect(resultSizeOf({ rows: [1, 2, 3], columns: ['x'] })).toBe(3);
    expect(resultSizeOf({ ids: ['a'] })).toBe(1);
    expect(resultSizeOf({ nodeCount: 4, edgeCount: 5 })).toBe(9);
    expect(resultSizeOf(true)).toBe(1);
    expect(resultSizeOf(null)).toBe(0);
  });
});
