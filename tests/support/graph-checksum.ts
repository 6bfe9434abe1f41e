// A fingerprint of a whole database's content: every node (labels, properties) and relationship (type,
// ends, properties), serialised with sorted keys, sorted, hashed. Equal fingerprints: nothing changed.
import { createHash } from 'node:crypto';
import type { GraphDb } from '../../server/runtime/graph-db.js';

/** Bookkeeping written by reading or authenticating (audit trail, sessions, key use), not content. */
export const BOOKKEEPING_LABELS = ['AuditEvent', 'AuditHead', 'Session', 'ApiKey', 'User'];

export interface GraphFingerprint {
  nodes: number;
  relationships: number;
  sha256: string;
}

function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  // Temporal and spatial values print themselves; plain maps are sorted by key.
  const text = String(value);
  if (text !== '[object Object]') return JSON.stringify(text);
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

export async function graphFingerprint(db: GraphDb): Promise<GraphFingerprint> {
  const nodes = await db.read(
    `MATCH (n) WHERE none(l IN labels(n) WHERE l IN $skip)
     RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS props`,
    { skip: BOOKKEEPING_LABELS },
  );
  const rels = await db.read(
    `MATCH (a)-[r]->(b)
     WHERE none(l IN labels(a) WHERE l IN $skip) AND none(l IN labels(b) WHERE l IN $skip)
     RETURN elementId(a) AS a, type(r) AS type, elementId(b) AS b, properties(r) AS props`,
    { skip: BOOKKEEPING_LABELS },
  );
  const lines = [
    ...nodes.records.map(
      (r) =>
        `N ${r.get('key')} ${canonical([...(r.get('labels') as string[])].sort())} ${canonical(r.get('props'))}`,
    ),
    ...rels.records.map((r) => `R ${r.get('a')} ${r.get('type')} ${r.get('b')} ${canonical(r.get('props'))}`),
  ].sort();
  const hash = createHash('sha256');
  for (const line of lines) hash.update(`${line}\n`);
  return { nodes: nodes.records.length, relationships: rels.records.length, sha256: hash.digest('hex') };
}
