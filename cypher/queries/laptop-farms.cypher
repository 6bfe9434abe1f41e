// name: laptop-farms
// title: Laptop farms
// description: >-
//   Addresses that received laptops issued for several identities: the mark of a laptop farm, where a
//   facilitator keeps employers' laptops running so that workers abroad appear to work from home.
// shows: both
// tags: [infrastructure, laptops]
// parameters:
//   - name: minIdentities
//     type: int
//     default: 2
//     min: 2
//     description: Fewest distinct identities whose laptops went to one address
//   - name: match
//     type: string
//     description: Only addresses whose text contains this (a street, a city)
//   - name: limit
//     type: int
//     default: 50
//     min: 1
//     max: 500
//     description: Most addresses returned
MATCH p = (a:Address)<-[s:SHIPPED_TO]-(l:Laptop)-[g:ASSIGNED_TO]->(i:Identity)
WHERE ($match IS NULL OR a.searchText CONTAINS toLower($match))
  AND all(x IN nodes(p) WHERE coalesce(x.retracted, false) = false AND x.mergedInto IS NULL)
  AND all(r IN relationships(p) WHERE coalesce(r.retracted, false) = false)
WITH a, count(DISTINCT i) AS identities, count(DISTINCT l) AS laptops, collect(p)[..25] AS evidence
WHERE identities >= $minIdentities
// Who runs the farm: facilitators living there or hosting its laptops.
WITH a, identities, laptops, evidence, COLLECT {
  MATCH (f:Facilitator)-[r:RESIDES_AT]->(a)
  WHERE coalesce(r.retracted, false) = false AND coalesce(f.retracted, false) = false
  RETURN f
  UNION
  MATCH (f:Facilitator)-[r:HOSTS]->(:Laptop)-[:SHIPPED_TO]->(a)
  WHERE coalesce(r.retracted, false) = false AND coalesce(f.retracted, false) = false
  RETURN f
} AS facilitators
RETURN a AS address, identities, laptops, facilitators, evidence
ORDER BY identities DESC, laptops DESC
LIMIT $limit
