// Rows from the node and edge projections (fragments.ts) shaped into the API's canvas nodes and edges.
import neo4j from 'neo4j-driver';
import type { Edge, Kind, Node, RelationshipType } from '../graphql/__generated__/resolvers-types.js';
import { maskedCaption } from './privacy.js';

export interface NodeRow {
  id: string;
  kind: string;
  caption: unknown;
  grade: string | null;
  synthetic: boolean | null;
  victim: boolean | null;
  retracted: boolean | null;
  merged: boolean;
  sanctioned: boolean;
}

export interface EdgeRow {
  id: string;
  type: string;
  source: string;
  target: string;
  date: string | null;
  amount: unknown;
  currency: string | null;
  confidence: unknown;
  grade: string | null;
  synthetic: boolean | null;
  retracted: boolean | null;
}

/** Counts and numbers arrive as neo4j Integers unless the driver was told otherwise. */
export function num(value: unknown): number {
  return neo4j.isInt(value) ? (value as { toNumber(): number }).toNumber() : Number(value);
}

const optionalNum = (value: unknown): number | null =>
  value === null || value === undefined ? null : num(value);

export function nodeFlags(row: NodeRow): string[] {
  const flags: string[] = [];
  if (row.sanctioned) flags.push('sanctioned');
  if (row.synthetic) flags.push('synthetic');
  if (row.grade === 'unverified') flags.push('unverified');
  if (row.victim) flags.push('victim');
  if (row.retracted) flags.push('retracted');
  if (row.merged) flags.push('merged');
  return flags;
}

/** A canvas node; a victim's caption is masked unless the caller may unmask. */
export function toNode(row: NodeRow, unmask: boolean): Node {
  const caption = row.victim && !unmask ? maskedCaption(row.kind, row.id) : String(row.caption ?? row.id);
  return { id: row.id, kind: row.kind as Kind, caption, grade: row.grade, flags: nodeFlags(row) };
}

const words = (type: string): string => type.toLowerCase().replaceAll('_', ' ');

export function toEdge(row: EdgeRow): Edge {
  const amount = optionalNum(row.amount);
  const flags: string[] = [];
  if (row.synthetic) flags.push('synthetic');
  if (row.grade === 'unverified') flags.push('unverified');
  if (row.retracted) flags.push('retracted');
  // Money flows say how much on the canvas; other links say what they are.
  const money =
    amount === null ? '' : ` ${amount.toLocaleString('en-US')}${row.currency ? ` ${row.currency}` : ''}`;
  return {
    id: row.id,
    type: row.type as RelationshipType,
    source: row.source,
    target: row.target,
    caption: `${words(row.type)}${money}`,
    date: row.date,
    amount,
    currency: row.currency,
    confidence: optionalNum(row.confidence),
    grade: row.grade,
    flags,
  };
}
