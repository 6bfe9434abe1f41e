// name: new-links-since
// title: New links since a date
// description: >-
//   Relationships first seen on or after a date, newest first: what changed since the last look at an
//   investigation (a new payment, a new laptop shipment, a new designation).
// shows: both
// tags: [monitoring]
// parameters:
//   - name: since
//     type: date
//     required: true
//     description: First-seen date to start from, e.g. 2025-01-01
//   - name: kind
//     type: kind
//     description: Only links touching an entity of this kind
//   - name: match
//     type: string
//     description: Only links where an end's name contains this
//   - name: limit
//     type: int
//     default: 200
//     min: 1
//     max: 2000
//     description: Most links returned
MATCH (a:Entity)-[r]->(b:Entity)
// firstSeen is an ISO timestamp, so comparing text with a date compares time.
WHERE r.firstSeen >= $since
  AND ($kind IS NULL OR a.kind = $kind OR b.kind = $kind)
  AND ($match IS NULL OR a.searchText CONTAINS toLower($match) OR b.searchText CONTAINS toLower($match))
  AND coalesce(r.retracted, false) = false
  AND all(x IN [a, b] WHERE coalesce(x.retracted, false) = false AND x.mergedInto IS NULL)
RETURN r.firstSeen AS firstSeen, type(r) AS type, a AS source, b AS target, r AS link, r.origins AS origins
ORDER BY firstSeen DESC
LIMIT $limit
