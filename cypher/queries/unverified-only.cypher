// name: unverified-only
// title: Entities resting only on unverified sources
// description: >-
//   Entities graded unverified that no reliable source backs: none of their sources is rated A, B or C
//   on the Admiralty scale (or they cite none). Before acting on one of these, find a better source.
// shows: table
// tags: [provenance, quality]
// parameters:
//   - name: kind
//     type: kind
//     description: Only entities of this kind
//   - name: match
//     type: string
//     description: Only entities whose name contains this
//   - name: limit
//     type: int
//     default: 200
//     min: 1
//     max: 2000
//     description: Most entities returned
MATCH (n:Entity)
WHERE NOT n:Source
  AND coalesce(n.grade, 'unverified') = 'unverified'
  AND coalesce(n.retracted, false) = false AND n.mergedInto IS NULL
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($match IS NULL OR n.searchText CONTAINS toLower($match))
OPTIONAL MATCH (s:Source) WHERE s.id IN coalesce(n.sourceIds, [])
WITH n, collect(s) AS sources
WHERE none(s IN sources WHERE s.reliability IN ['A', 'B', 'C'])
RETURN n AS entity, n.kind AS kind, size(sources) AS sourceCount,
       [s IN sources | s.title + ' (' + coalesce(s.reliability, '?') + ')'] AS sources
ORDER BY kind, n.id
LIMIT $limit
