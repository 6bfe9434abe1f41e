// The neighbourhood query, one statement for depth 1-3: bounded sampling so supernodes never blow up.
import { MODEL } from '../../model/index.js';
import { edgeProjection, nodeProjection, visibleEdge, visibleNode } from './fragments.js';

const relOk = (r: string) => `${visibleEdge(r)} AND ($types IS NULL OR type(${r}) IN $types)`;
const nodeOk = (n: string) => `${visibleNode(n)} AND ($kinds IS NULL OR ${n}.kind IN $kinds)`;

/** A start with more links than `$supernode` is a supernode (COUNT { (a)--() } reads the stored degree). */
const dense = (a: string) => `COUNT { (${a})--() } > $supernode`;

// A supernode's first hop reads at most $perType links of each relationship type (typed expands walk only
// that type's links; a dynamic type would not), so a hub of 132,000 links costs what a few thousand cost and a
// rare type next to a huge one is still read. A type whose read reached $perType may have more: `capped`, and
// the totals are then lower bounds (totalsExact in the answer). One that stopped short was read in full, so a
// kind filter that leaves every type short of the cap keeps the totals exact.
// Counting every link exactly cannot go below ~175 ms on such a hub (docs/performance.md). The degree is read
// once per start, and an ordinary start never enters the per-type branches.
const typedLinks = MODEL.relationships
  .map(
    (t) => `      MATCH (a)-[r:${t.name}]-(b:Entity)
      WHERE ${relOk('r')} AND ${nodeOk('b')} AND NOT b IN starts
      RETURN r, b LIMIT $perType`,
  )
  .join('\n      UNION ALL\n');

const firstHopLinks = `
  WITH a, starts, ${dense('a')} AS supernode
  CALL (a, starts, supernode) {
    WITH a, starts WHERE NOT supernode
    MATCH (a)-[r]-(b:Entity)
    WHERE ${relOk('r')} AND ${nodeOk('b')} AND NOT b IN starts
    RETURN r, b, false AS capped
    UNION ALL
    WITH a, starts WHERE supernode
    CALL (a, starts) {
${typedLinks}
    }
    WITH type(r) AS type, collect({r: r, b: b}) AS links
    WITH collect(links) AS byType, max(size(links)) >= $perType AS capped
    UNWIND byType AS links
    UNWIND links AS link
    RETURN link.r AS r, link.b AS b, capped
  }`;

// Hop 1: every matching neighbour is counted by kind (the totals), but only a window per kind is kept,
// then kinds are interleaved (first of each kind, second of each kind, …) so a rare kind next to
// thousands of laptops still shows. offset pages through that interleaved order ("show more").
const HOP1 = `
OPTIONAL MATCH (a:Entity) WHERE a.id IN $ids AND ${visibleNode('a')}
WITH collect(a) AS starts
CALL (starts) {
  UNWIND starts AS a${firstHopLinks}
  WITH b, collect(r) AS rels, max(CASE WHEN capped THEN 1 ELSE 0 END) AS capped
  ORDER BY b.id
  WITH b.kind AS kind, collect({node: b, rels: rels}) AS items, max(capped) AS capped
  RETURN collect({kind: kind, total: size(items), items: items[0..$window]}) AS groups, max(capped) AS capped
}
CALL (groups) {
  UNWIND groups AS g
  UNWIND range(0, size(g.items) - 1) AS i
  WITH g.kind AS kind, i, g.items[i] AS item
  ORDER BY i, kind
  WITH collect({kind: kind, item: item}) AS ordered
  RETURN [o IN ordered[$offset..$window] | o.item] AS hop1, [o IN ordered[0..$window] | o.kind] AS shownKinds
}
WITH starts, groups, capped, hop1, shownKinds, starts + [h IN hop1 | h.node] AS seen1, [h IN hop1 | h.node] AS frontier1`;

// Hop k > 1: at most $fanout neighbours read per frontier node (LIMIT inside CALL stops early), then the
// room left is shared round-robin across the frontier. New versus already-seen nodes are told apart by a
// grouping (hashing), not by list membership, which would be quadratic.
const hop = (k: number, carried: string) => `
CALL (frontier${k - 1}, seen${k - 1}) {
  UNWIND CASE WHEN size(seen${k - 1}) < $limit THEN frontier${k - 1} ELSE [] END AS x
  CALL (x) {
    MATCH (x)-[r]-(y:Entity)
    WHERE ${relOk('r')} AND ${nodeOk('y')}
    RETURN r, y LIMIT $fanout
  }
  WITH x, collect({rel: r, node: y}) AS sample
  RETURN collect(sample) AS samples,
    sum(CASE WHEN size(sample) >= $fanout AND COUNT { (x)--() } > $fanout THEN 1 ELSE 0 END) > 0 AS unread
}
CALL (seen${k - 1}, samples) {
  CALL (seen${k - 1}, samples) {
    UNWIND seen${k - 1} AS node RETURN node, -1 AS rank, null AS rel
    UNION ALL
    UNWIND range(0, size(samples) - 1) AS j
    UNWIND range(0, size(samples[j]) - 1) AS i
    RETURN samples[j][i].node AS node, i * $stride + j AS rank, samples[j][i].rel AS rel
  }
  WITH node, min(rank) AS rank, collect(rel) AS rels
  ORDER BY rank
  WITH collect({node: node, rank: rank, rels: rels}) AS ranked
  WITH [x IN ranked WHERE x.rank < 0] AS old, [x IN ranked WHERE x.rank >= 0] AS fresh,
    CASE WHEN $limit > size(seen${k - 1}) THEN $limit - size(seen${k - 1}) ELSE 0 END AS room
  CALL (old, fresh, room) {
    UNWIND old + fresh[0..room] AS x
    UNWIND x.rels AS rel
    RETURN collect(rel) AS rels
  }
  RETURN [x IN fresh[0..room] | x.node] AS picked, size(fresh) > room AS cut, rels
}
WITH ${carried}, picked AS picked${k}, rels AS rels${k},
  unread OR cut OR (size(frontier${k - 1}) > 0 AND size(seen${k - 1}) >= $limit) AS truncated${k},
  seen${k - 1} + picked AS seen${k}, picked AS frontier${k}`;

/** The statement for a depth of 1 to 3; the depth only changes the statement's shape, never a value. */
export function neighborhoodCypher(depth: 1 | 2 | 3): string {
  const parts = [HOP1];
  const carried = ['starts', 'groups', 'capped', 'hop1', 'shownKinds'];
  for (let k = 2; k <= depth; k++) {
    parts.push(hop(k, carried.join(', ')));
    carried.push(`picked${k}`, `rels${k}`, `truncated${k}`);
  }
  const deeper = Array.from({ length: depth - 1 }, (_, i) => i + 2);
  const nodes = ['starts', '[h IN hop1 | h.node]', ...deeper.map((k) => `picked${k}`)].join(' + ');
  const rels = ['rels1', ...deeper.map((k) => `rels${k}`)].join(' + ');
  const truncated = deeper.map((k) => `truncated${k}`).join(' OR ') || 'false';
  // Nodes and edges are projected once, at the end: each projection is a long CASE over the model, and
  // repeating it per hop made the statement slow to plan.
  parts.push(`
CALL (hop1) {
  UNWIND hop1 AS h
  UNWIND h.rels AS rel
  RETURN collect(rel) AS rels1
}
RETURN [x IN ${nodes} | ${nodeProjection('x')}] AS nodes,
  [e IN ${rels} | ${edgeProjection('e')}] AS edges,
  [g IN groups | {kind: g.kind, total: g.total}] AS totals, shownKinds, ${truncated} AS deepTruncated,
  coalesce(capped, 0) = 0 AS totalsExact`);
  return parts.join('\n');
}
