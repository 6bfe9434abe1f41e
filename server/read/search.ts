// search: ranked entities from the entity_search full-text index, retracted and merged ones left out.
import neo4j from 'neo4j-driver';
import type { Kind, SearchHit } from '../graphql/__generated__/resolvers-types.js';
import type { GraphDb } from '../runtime/graph-db.js';
import { nodeProjection, visibleNode } from './fragments.js';
import { luceneQuery } from './lucene.js';
import { runRead } from './run-read.js';
import { type NodeRow, num, toNode } from './shape.js';

// Victims are left out unless the caller may unmask: a hit on a victim's name would reveal it.
// Ranked and cut before the projection: a common word matches thousands of entities, and projecting each
// (caption CASE, sanctioned check) before LIMIT cost ~15 db hits per hit that was then thrown away.
const SEARCH = `
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WHERE ${visibleNode('node')}
  AND ($kinds IS NULL OR node.kind IN $kinds)
  AND ($unmask OR coalesce(node.victim, false) = false)
WITH node, score
ORDER BY score DESC, node.id
LIMIT $limit
RETURN ${nodeProjection('node')} AS node, score`;

export interface SearchOptions {
  text: string;
  kinds?: readonly Kind[] | null;
  limit: number;
  unmask: boolean;
}

export async function search(db: GraphDb, options: SearchOptions): Promise<SearchHit[]> {
  const query = luceneQuery(options.text);
  if (!query) return [];
  const { records } = await runRead(db, SEARCH, {
    query,
    kinds: options.kinds && options.kinds.length > 0 ? options.kinds : null,
    unmask: options.unmask,
    // LIMIT takes an integer; a JS number would travel as a float.
    limit: neo4j.int(options.limit),
  });
  return records.map((record) => {
    const { id, kind, caption, flags } = toNode(record.get('node') as NodeRow, options.unmask);
    return { id, kind, caption, flags, score: num(record.get('score')) };
  });
}
