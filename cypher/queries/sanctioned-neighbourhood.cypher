// name: sanctioned-neighbourhood
// title: Everything within K hops of a sanctioned entity
// description: >-
//   The entities reachable from a sanctioned entity (or from a sanctions entry) in at most K hops, each
//   with one shortest connecting path: the exposure around a designation.
// shows: both
// tags: [sanctions, neighbourhood]
// parameters:
//   - name: entity
//     type: id
//     required: true
//     description: A sanctioned entity, or a Sanction entry itself
//   - name: maxHops
//     type: int
//     default: 2
//     min: 1
//     max: 4
//     description: Most hops from the sanctioned entity
//   - name: limit
//     type: int
//     default: 300
//     min: 1
//     max: 2000
//     description: Most entities returned, nearest first
MATCH (s:Entity {id: $entity})
WHERE s:Sanction OR EXISTS { (s)-[:SANCTIONED_UNDER]->(:Sanction) }
MATCH p = ANY SHORTEST (s)(()-[r WHERE coalesce(r.retracted, false) = false]-
  (x WHERE coalesce(x.retracted, false) = false AND x.mergedInto IS NULL)){1,4}(n:Entity)
WHERE n <> s AND length(p) <= $maxHops
RETURN n AS entity, n.kind AS kind, length(p) AS hops, p AS path
ORDER BY hops, kind
LIMIT $limit
