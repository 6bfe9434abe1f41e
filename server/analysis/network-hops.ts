// Breadth-first collection of a front company's members by NETWORK_RULES, one query per hop.
import neo4j from 'neo4j-driver';
import { MODEL } from '../../model/index.js';
import type { Node } from '../graphql/__generated__/resolvers-types.js';
import { nodeProjection, visibleEdge, visibleNode } from '../read/fragments.js';
import { runRead } from '../read/run-read.js';
import { type NodeRow, toNode } from '../read/shape.js';
import type { GraphDb } from '../runtime/graph-db.js';
import { NETWORK_RULES } from './network-rules.js';

// One query per hop: a UNION of one pattern per rule that applies to the kinds found at the last hop.
// Labels and types are spliced from the model (the rules are checked against it); ids are parameters.
function hopQuery(kinds: readonly string[]): string {
  const parts = kinds.flatMap((kind) =>
    (NETWORK_RULES[kind as keyof typeof NETWORK_RULES] ?? []).map((step) => {
      const type = MODEL.relationship(step.type).name;
      const next = step.kinds.map((k) => MODEL.kind(k).name).join('|');
      const link = step.direction === 'out' ? `-[r:${type}]->` : `<-[r:${type}]-`;
      return `UNWIND $frontier.${MODEL.kind(kind).name} AS id
  MATCH (a:${MODEL.kind(kind).name} {id: id})${link}(b:${next})
  WHERE ${visibleEdge('r')} AND ${visibleNode('b')}
  RETURN b`;
    }),
  );
  return `CALL {\n  ${parts.join('\n  UNION ALL\n  ')}\n}
RETURN DISTINCT ${nodeProjection('b')} AS node
ORDER BY node.id
LIMIT $cap`;
}

/** Hops from the company to the farthest members (company → worker → identity → laptop → farm). */
const MAX_HOPS = 6;

/** Members nearest first (the anchor, then hop by hop, by id within a hop), at most `limit`. */
export async function collectMembers(db: GraphDb, anchor: Node, limit: number, unmask: boolean) {
  const members = new Map<string, Node>([[anchor.id, anchor]]);
  let frontier: Record<string, string[]> = { [anchor.kind]: [anchor.id] };
  let truncated = false;
  for (let hop = 0; hop < MAX_HOPS && !truncated; hop++) {
    const kinds = Object.keys(frontier).filter((k) => NETWORK_RULES[k as keyof typeof NETWORK_RULES]);
    if (kinds.length === 0) break;
    const cap = neo4j.int(limit + members.size + 1);
    const { records } = await runRead(db, hopQuery(kinds), { frontier, cap });
    const next: Record<string, string[]> = {};
    for (const record of records) {
      const node = toNode(record.get('node') as NodeRow, unmask);
      if (members.has(node.id)) continue;
      if (members.size >= limit) {
        truncated = true;
        break;
      }
      members.set(node.id, node);
      const sameKind = next[node.kind];
      if (sameKind) sameKind.push(node.id);
      else next[node.kind] = [node.id];
    }
    frontier = next;
  }
  return { members, truncated };
}
