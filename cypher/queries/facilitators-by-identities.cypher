// name: facilitators-by-identities
// title: Facilitators ranked by identities served
// description: >-
//   Facilitators ranked by how many identities they serve: identities whose laptops they host, or whose
//   laptops were shipped to where they live. The busiest hosts run the largest laptop farms.
// shows: both
// tags: [facilitators, laptops]
// parameters:
//   - name: minIdentities
//     type: int
//     default: 1
//     min: 1
//     description: Fewest identities served
//   - name: match
//     type: string
//     description: Only facilitators whose name contains this
//   - name: limit
//     type: int
//     default: 50
//     min: 1
//     max: 500
//     description: Most facilitators returned
MATCH (f:Facilitator)
WHERE coalesce(f.retracted, false) = false AND f.mergedInto IS NULL
  AND ($match IS NULL OR f.searchText CONTAINS toLower($match))
CALL (f) {
  MATCH p = (f)-[:HOSTS]->(l:Laptop)-[:ASSIGNED_TO]->(i:Identity)
  RETURN p, l, i
  UNION
  MATCH p = (f)-[:RESIDES_AT]->(:Address)<-[:SHIPPED_TO]-(l:Laptop)-[:ASSIGNED_TO]->(i:Identity)
  RETURN p, l, i
}
WITH f, p, l, i
WHERE all(x IN nodes(p) WHERE coalesce(x.retracted, false) = false AND x.mergedInto IS NULL)
  AND all(r IN relationships(p) WHERE coalesce(r.retracted, false) = false)
WITH f, count(DISTINCT i) AS identities, count(DISTINCT l) AS laptops, collect(p)[..25] AS evidence
WHERE identities >= $minIdentities
RETURN f AS facilitator, identities, laptops, evidence
ORDER BY identities DESC, laptops DESC
LIMIT $limit
