// name: graph-overview
// title: What the graph holds
// description: >-
//   Entities per kind, with how many are synthetic (generated, not real-world facts) and how many rest
//   on unverified grades: a first look before trusting any other result.
// shows: table
// tags: [summary, quality]
// parameters:
//   - name: match
//     type: string
//     description: Only entities whose name contains this
MATCH (n:Entity)
WHERE coalesce(n.retracted, false) = false AND n.mergedInto IS NULL
  AND ($match IS NULL OR n.searchText CONTAINS toLower($match))
RETURN n.kind AS kind, count(*) AS entities,
       count(CASE WHEN n.synthetic THEN 1 END) AS synthetic,
       count(CASE WHEN coalesce(n.grade, 'unverified') = 'unverified' THEN 1 END) AS unverified
ORDER BY entities DESC, kind
