// mergeCandidates: likely duplicates of one kind, from shared identifiers, names, aliases and addresses.
import neo4j from 'neo4j-driver';
import { MODEL, normalizeName } from '../../model/index.js';
import { ANALYSIS_LIMITS, checkKinds, checkLimit } from '../analysis/limits.js';
import { readNodes } from '../analysis/members.js';
import type { Node } from '../graphql/__generated__/resolvers-types.js';
import { nodeProjection, visibleNode } from '../read/fragments.js';
import { runRead } from '../read/run-read.js';
import type { NodeRow } from '../read/shape.js';
import type { GraphDb } from '../runtime/graph-db.js';
import { CandidatePairs } from './candidate-evidence.js';
import { addNameEvidence, type NamedEntity } from './name-evidence.js';
import { addShared, CANDIDATE_LIMITS } from './shared-links.js';

// Kinds whose caption is a name: equal names and aliases mean something only for these.
const NAMED = MODEL.kinds.filter((k) =>
  k.key.some((p) => p.property === k.caption && p.normalize === 'name'),
);

const NAMES = `
MATCH (n:Entity)
WHERE n.kind IN $kinds AND ${visibleNode('n')}
RETURN ${nodeProjection('n')} AS node, n.aliases AS aliases, n.birthDate AS birthDate
LIMIT $cap`;

async function readNamed(db: GraphDb, kinds: string[]): Promise<NamedEntity[]> {
  const named = kinds.filter((k) => NAMED.some((n) => n.name === k));
  if (named.length === 0) return [];
  const { records } = await runRead(db, NAMES, { kinds: named, cap: neo4j.int(CANDIDATE_LIMITS.names) });
  return records.map((r) => {
    const node = r.get('node') as NodeRow;
    return {
      id: node.id,
      kind: node.kind,
      name: normalizeName(String(node.caption ?? '')),
      aliases: ((r.get('aliases') as string[] | null) ?? []).map(normalizeName).filter(Boolean),
      birthDate: (r.get('birthDate') as string | null) ?? undefined,
      victim: node.victim === true,
    };
  });
}

export interface MergeCandidateView {
  ids: string[];
  nodes: Node[];
  score: number;
  evidence: string[];
}

/** Pairs of one kind (or of every kind, each pair within one kind), best score first. */
export async function mergeCandidates(
  db: GraphDb,
  options: { kind?: string | null; limit?: number | null; unmask: boolean },
): Promise<MergeCandidateView[]> {
  const kinds = checkKinds(options.kind ? [options.kind] : null);
  const limit = checkLimit('limit', options.limit, 20, ANALYSIS_LIMITS.maxListLimit);
  const pairs = new CandidatePairs();
  const [named] = await Promise.all([
    readNamed(db, kinds),
    addShared(db, pairs, kinds, options.unmask, 'identifier'),
    addShared(db, pairs, kinds, options.unmask, 'address'),
  ]);
  addNameEvidence(pairs, named, options.unmask);
  const ranked = pairs.ranked(limit);
  const nodes = await readNodes(db, [...new Set(ranked.flatMap((c) => c.ids))], options.unmask);
  return ranked.map((c) => ({ ...c, ids: [...c.ids], nodes: c.ids.flatMap((id) => nodes.get(id) ?? []) }));
}
