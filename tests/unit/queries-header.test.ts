// Query files: the `//` YAML header, its schema, and what a bad one reports.
import { describe, expect, it } from 'vitest';
import { checkParameters } from '../../server/queries/check-definition.js';
import { parseQueryFile, splitHeader } from '../../server/queries/parse-query-file.js';

const file = (header: string, body = 'MATCH (n:Worker) RETURN n LIMIT $limit') =>
  `${header
    .trim()
    .split('\n')
    .map((l) => `// ${l}`)
    .join('\n')}\n${body}\n`;

const GOOD = `
name: workers
title: Workers
description: >-
  All workers,
  a few at a time.
shows: both
tags: [workers]
parameters:
  - name: limit
    type: int
    default: 10
    min: 1
    max: 100
    description: Most rows`;

describe('parseQueryFile', () => {
  it('reads the header and the Cypher after it', () => {
    const parsed = parseQueryFile(file(GOOD));
    expect(parsed).toEqual({
      query: {
        header: {
          name: 'workers',
          title: 'Workers',
          description: 'All workers, a few at a time.',
          shows: 'both',
          tags: ['workers'],
          parameters: [
            {
              name: 'limit',
              type: 'int',
              default: 10,
              min: 1,
              max: 100,
              description: 'Most rows',
              required: false,
            },
          ],
        },
        cypher: 'MATCH (n:Worker) RETURN n LIMIT $limit',
      },
    });
  });

  it('keeps comments in the body and drops a trailing semicolon', () => {
    const { cypher } = splitHeader('// name: a\n\n// not header\nMATCH (n) RETURN n;\n');
    expect(cypher).toBe('// not header\nMATCH (n) RETURN n');
  });

  it('defaults shows, tags and parameters', () => {
    const parsed = parseQueryFile(file('name: a\ntitle: A\ndescription: D', 'RETURN 1'));
    expect(parsed).toMatchObject({ query: { header: { shows: 'table', tags: [], parameters: [] } } });
  });

  it.each([
    ['no header', 'MATCH (n) RETURN n', /no header/],
    ['bad YAML', '// name: [a\nRETURN 1', /not valid YAML/],
    ['no body', '// name: a\n// title: A\n// description: D\n', /no Cypher/],
    ['missing title', file('name: a\ndescription: D'), /title/],
    ['bad name', file('name: Laptop Farms\ntitle: A\ndescription: D'), /kebab-case/],
    ['unknown key', file('name: a\ntitle: A\ndescription: D\nauthor: me'), /author/],
    ['bad shows', file('name: a\ntitle: A\ndescription: D\nshows: map'), /shows/],
    [
      'bad type',
      file('name: a\ntitle: A\ndescription: D\nparameters: [{name: x, type: wallet, description: d}]'),
      /type/,
    ],
    [
      'bad default',
      file(
        'name: a\ntitle: A\ndescription: D\nparameters: [{name: x, type: int, default: two, description: d}]',
      ),
      /default/,
    ],
    [
      'default out of bounds',
      file(
        'name: a\ntitle: A\ndescription: D\nparameters: [{name: x, type: int, default: 9, max: 5, description: d}]',
      ),
      /default/,
    ],
    [
      'repeated parameter',
      file(
        'name: a\ntitle: A\ndescription: D\nparameters: [{name: x, type: int, description: d}, {name: x, type: int, description: d}]',
      ),
      /repeated/,
    ],
  ])('reports %s', (_label, text, problem) => {
    const parsed = parseQueryFile(text);
    expect('problems' in parsed).toBe(true);
    expect(('problems' in parsed ? parsed.problems : []).join('; ')).toMatch(problem);
  });
});

describe('checkParameters', () => {
  const header = {
    name: 'a',
    title: 'A',
    description: 'D',
    shows: 'table' as const,
    tags: [],
    parameters: [],
  };
  const limit = { name: 'limit', type: 'int' as const, description: 'd', required: false };

  it('accepts a query whose parameters and header agree', () => {
    expect(() => checkParameters({ ...header, parameters: [limit] }, 'RETURN 1 LIMIT $limit')).not.toThrow();
  });

  it('refuses an undeclared or an unused parameter', () => {
    expect(() => checkParameters(header, 'RETURN $limit')).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
    expect(() => checkParameters({ ...header, parameters: [limit] }, 'RETURN 1')).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
  });
});
