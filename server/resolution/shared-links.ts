// Candidate evidence from shared links: two records of one kind holding one identifier or one address.
import neo4j from 'neo4j-driver';
import { MODEL } from '../../model/index.js';
import { nodeProjection, visibleEdge, visibleNode } from '../read/fragments.js';
import { runRead } from '../read/run-read.js';
import { type NodeRow, num, toNode } from '../read/shape.js';
import type { GraphDb } from '../runtime/graph-db.js';
import { type CandidatePairs, WEIGHTS } from './candidate-evidence.js';

/** Most entities whose names are compared, and most pairs read per shared-link query. Documented bounds. */
export const CANDIDATE_LIMITS = { names: 200_000, pairs: 20_000, holders: { identifier: 20, address: 10 } };

// Identifiers one person or company holds: two records holding the same one are likely one. Money links
// (PAID, TRANSFERRED_TO) are not here: an employer paying an account does not make it the account holder.
const IDENTIFYING = {
  types: ['CONTROLS', 'HAS_ACCOUNT', 'HAS_PHONE', 'USES', 'OPERATES'],
  kinds: ['Wallet', 'Account', 'PhoneNumber', 'Domain'],
};
const LOCATING = { types: ['RESIDES_AT', 'LOCATED_AT'], kinds: ['Address'] };

const sharedQuery = ({ types, kinds }: { types: string[]; kinds: string[] }) => `
MATCH (a:Entity)-[r:${types.map((t) => MODEL.relationship(t).name).join('|')}]->(x:${kinds.map((k) => MODEL.kind(k).name).join('|')})
WHERE a.kind IN $kinds AND ${visibleNode('a')} AND ${visibleEdge('r')} AND ${visibleNode('x')}
WITH x, collect(DISTINCT a) AS holders
WHERE size(holders) >= 2 AND size(holders) <= $maxHolders
UNWIND holders AS a
UNWIND holders AS b
WITH x, a, b, size(holders) AS count
WHERE a.id < b.id AND a.kind = b.kind
RETURN a.id AS a, b.id AS b, ${nodeProjection('x')} AS x, count
LIMIT $cap`;

/** Adds one evidence line per shared identifier (or address) to every pair of its holders. */
export async function addShared(
  db: GraphDb,
  pairs: CandidatePairs,
  kinds: string[],
  unmask: boolean,
  what: 'identifier' | 'address',
) {
  const spec = what === 'identifier' ? IDENTIFYING : LOCATING;
  const { records } = await runRead(db, sharedQuery(spec), {
    kinds,
    maxHolders: neo4j.int(CANDIDATE_LIMITS.holders[what]),
    cap: neo4j.int(CANDIDATE_LIMITS.pairs),
  });
  for (const r of records) {
    const x = toNode(r.get('x') as NodeRow, unmask);
    const count = num(r.get('count'));
    const weight = what === 'identifier' ? WEIGHTS.sharedIdentifier(count) : WEIGHTS.sharedAddress(count);
    const holders = count === 2 ? 'only these two' : `${count} holders`;
    pairs.add(r.get('a'), r.get('b'), weight, `shared ${x.kind} ${x.caption} (${holders})`);
  }
}
