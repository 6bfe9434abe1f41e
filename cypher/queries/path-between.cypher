// name: path-between
// title: Paths between two entities
// description: >-
//   The shortest chains of links between two entities (never through a Source), shortest first: how a
//   persona connects to a front company, or an employer to a sanctioned wallet.
// shows: graph
// tags: [paths]
// parameters:
//   - name: from
//     type: id
//     required: true
//     description: One end
//   - name: to
//     type: id
//     required: true
//     description: The other end
//   - name: maxHops
//     type: int
//     default: 6
//     min: 1
//     max: 8
//     description: Longest path
//   - name: limit
//     type: int
//     default: 5
//     min: 1
//     max: 25
//     description: Most paths returned
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 25 (a)(()-[r WHERE coalesce(r.retracted, false) = false]-
  (x WHERE coalesce(x.retracted, false) = false AND x.mergedInto IS NULL AND NOT x:Source)){1,8}(b)
WHERE length(p) <= $maxHops
RETURN length(p) AS hops, [n IN nodes(p) | n.kind] AS kinds, p AS path
ORDER BY hops
LIMIT $limit
