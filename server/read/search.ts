// search: ranked entities from the entity_search full-text index, retracted and merged ones left out.
import neo4j from 'neo4j-driver';
import { MODEL } from '../../model/index.js';
import type { Kind, SearchHit } from '../graphql/__generated__/resolvers-types.js';
import type { GraphDb } from '../runtime/graph-db.js';
import { nodeProjection, visibleNode } from './fragments.js';
import { luceneQuery } from './lucene.js';
import { runRead } from './run-read.js';
import { type NodeRow, num, toNode } from './shape.js';

// Victims are left out unless the caller may unmask: a hit on a victim's name would reveal it.
// Ranked and cut before the projection: a common word matches thousands of entities, and projecting each
// (caption CASE, sanctioned check) before LIMIT cost ~15 db hits per hit that was then thrown away.
//
// Lucene's best $cap hits first: on the large world a common name ("john") matched ~12,000 entities, and
// filtering every one cost 50,017 db hits and 262 ms; capped, 737 hits and 42 ms. `seen` tells the caller
// whether the cap may have cut hits that the filters would have kept; then it asks again uncapped.
// Scores are weighted by kind ($ranks, the model's searchRank): list entries and documents below the entities
// they name when both match about as well.
const searchCypher = (capped: boolean) => `
CALL db.index.fulltext.queryNodes('entity_search', $query${capped ? ', {limit: $cap}' : ''}) YIELD node, score
WITH collect({node: node, score: score}) AS hits
CALL (hits) {
  UNWIND hits AS hit
  WITH hit.node AS node, hit.score * coalesce($ranks[hit.node.kind], 1.0) AS score
  WHERE ${visibleNode('node')}
    AND ($kinds IS NULL OR node.kind IN $kinds)
    AND ($unmask OR coalesce(node.victim, false) = false)
  WITH node, score
  ORDER BY score DESC, node.id
  LIMIT $limit
  RETURN collect({node: ${nodeProjection('node')}, score: score}) AS found
}
RETURN found, size(hits) AS seen`;

const SEARCH_CAPPED = searchCypher(true);
const SEARCH_ALL = searchCypher(false);

/** Lucene hits read per search before filtering: ten pages of the largest limit the UI asks for. */
export const SEARCH_CAP = 200;

/** Kinds whose hits weigh less than 1 (model: searchRank), by kind name. */
const RANKS: Record<string, number> = Object.fromEntries(
  MODEL.kinds.flatMap((k) => (k.searchRank === undefined ? [] : [[k.name, k.searchRank]])),
);

export interface SearchOptions {
  text: string;
  kinds?: readonly Kind[] | null;
  limit: number;
  unmask: boolean;
}

export async function search(db: GraphDb, options: SearchOptions): Promise<SearchHit[]> {
  const query = luceneQuery(options.text);
  if (!query) return [];
  const params = {
    query,
    kinds: options.kinds && options.kinds.length > 0 ? options.kinds : null,
    unmask: options.unmask,
    ranks: RANKS,
    // LIMIT takes an integer; a JS number would travel as a float.
    limit: neo4j.int(options.limit),
    cap: neo4j.int(Math.max(SEARCH_CAP, options.limit * 10)),
  };
  let row = (await runRead(db, SEARCH_CAPPED, params)).records[0];
  if (num(row?.get('seen') ?? 0) >= num(params.cap) && (row?.get('found') ?? []).length < options.limit)
    row = (await runRead(db, SEARCH_ALL, params)).records[0];
  const records = (row?.get('found') ?? []) as { node: NodeRow; score: unknown }[];
  return records.map((record) => {
    const { id, kind, caption, flags } = toNode(record.node, options.unmask);
    return { id, kind, caption, flags, score: num(record.score) };
  });
}
