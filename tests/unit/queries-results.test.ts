// Driver values to JSON, and JSON to the CLI's table and CSV.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { GraphIndex } from '../../server/queries/collect-graph.js';
import { cellText, formatCsv, formatTable } from '../../server/queries/format-rows.js';
import { toJson } from '../../server/queries/to-json.js';
import type { QueryResultJson } from '../../server/queries/types.js';

const { Node, Relationship, Path, PathSegment, Date: Neo4jDate, DateTime } = neo4j.types;

const a = new Node(neo4j.int(1), ['Entity', 'Worker'], { id: 'wrk_a', name: 'Kim' }, 'e:1');
const b = new Node(neo4j.int(2), ['Entity', 'Wallet'], { id: 'wal_b' }, 'e:2');
const other = new Node(neo4j.int(3), ['SavedQuery'], { name: 'x', version: neo4j.int(2) }, 'e:3');
const r = new Relationship(
  neo4j.int(9),
  neo4j.int(1),
  neo4j.int(2),
  'CONTROLS',
  { id: 'rel_r' },
  'r:9',
  'e:1',
  'e:2',
);
const shapedA = { id: 'wrk_a', kind: 'Worker', caption: 'Kim', grade: null, flags: [] } as const;
const shapedB = { id: 'wal_b', kind: 'Wallet', caption: 'wal_b', grade: null, flags: [] } as const;
const shapedR = {
  id: 'rel_r',
  type: 'CONTROLS',
  source: 'wrk_a',
  target: 'wal_b',
  caption: 'controls',
  date: null,
  amount: null,
  currency: null,
  confidence: null,
  grade: null,
  flags: [],
} as const;
const graph = {
  nodes: new Map<string, unknown>([
    ['e:1', shapedA],
    ['e:2', shapedB],
  ]),
  edges: new Map([['r:9', shapedR]]),
} as unknown as GraphIndex;

describe('toJson', () => {
  it('turns Integers into numbers, big ones into exact text', () => {
    expect(toJson(neo4j.int(42), graph)).toBe(42);
    expect(toJson(neo4j.int('9007199254740993'), graph)).toBe('9007199254740993');
  });

  it('turns temporals into ISO strings', () => {
    expect(toJson(new Neo4jDate(2024, 5, 1), graph)).toBe('2024-05-01');
    expect(toJson(new DateTime(2024, 5, 1, 12, 0, 0, 0, 0), graph)).toBe('2024-05-01T12:00:00Z');
  });

  it('shapes nodes, relationships and paths from the graph index', () => {
    const path = new Path(a, b, [new PathSegment(a, r, b)]);
    expect(toJson({ n: a, rel: r, list: [b, null] }, graph)).toEqual({
      n: shapedA,
      rel: shapedR,
      list: [shapedB, null],
    });
    expect(toJson(path, graph)).toEqual({ nodes: [shapedA, shapedB], edges: [shapedR], length: 1 });
  });

  it('keeps labels and properties of a node outside the model', () => {
    expect(toJson(other, graph)).toEqual({ labels: ['SavedQuery'], properties: { name: 'x', version: 2 } });
  });
});

describe('CLI formats', () => {
  const result: QueryResultJson = {
    columns: ['worker', 'wallets', 'note'],
    rows: [
      { worker: shapedA, wallets: [shapedB], note: 'said "hi", left' },
      { worker: null, wallets: [], note: 3 },
    ],
    graph: null,
    truncated: true,
    elapsedMs: 12,
  };

  it('prints entities by caption and kind, paths by length', () => {
    expect(cellText(shapedA)).toBe('Kim (Worker)');
    expect(cellText({ nodes: [], edges: [], length: 2 })).toBe('path of 2');
  });

  it('aligns a table and says when rows were cut', () => {
    const lines = formatTable(result).split('\n');
    expect(lines[0]).toBe('worker        wallets         note');
    expect(lines[1]).toBe('------------  --------------  ---------------');
    expect(lines[2]).toBe('Kim (Worker)  wal_b (Wallet)  said "hi", left');
    expect(lines[3]).toBe('                              3');
    expect(lines.at(-1)).toBe('2 row(s), truncated at the row cap, 12 ms');
  });

  it('quotes CSV fields that need it', () => {
    expect(formatCsv(result)).toBe(
      'worker,wallets,note\r\nKim (Worker),wal_b (Wallet),"said ""hi"", left"\r\n,,3\r\n',
    );
  });
});
