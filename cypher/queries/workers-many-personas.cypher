// name: workers-many-personas
// title: Workers operating several personas
// description: >-
//   Workers who use two or more identities, with the employers those identities were hired by: one
//   person behind many applicants.
// shows: both
// tags: [workers, identities]
// parameters:
//   - name: minIdentities
//     type: int
//     default: 2
//     min: 2
//     description: Fewest identities used by one worker
//   - name: match
//     type: string
//     description: Only workers whose name, or one of whose identities' names, contains this
//   - name: limit
//     type: int
//     default: 100
//     min: 1
//     max: 1000
//     description: Most workers returned
MATCH (w:Worker)-[u:USES]->(i:Identity)
WHERE all(x IN [w, i] WHERE coalesce(x.retracted, false) = false AND x.mergedInto IS NULL)
  AND coalesce(u.retracted, false) = false
WITH w, collect(DISTINCT i) AS identities, collect(u) AS uses
WHERE size(identities) >= $minIdentities
  AND ($match IS NULL OR w.searchText CONTAINS toLower($match)
    OR any(i IN identities WHERE i.searchText CONTAINS toLower($match)))
WITH w, identities, uses, COLLECT {
  MATCH (w)-[:USES]->(:Identity)-[h:HIRED_BY]->(e:Employer)
  WHERE coalesce(h.retracted, false) = false AND coalesce(e.retracted, false) = false
  RETURN DISTINCT e
} AS employers
RETURN w AS worker, size(identities) AS personas, size(employers) AS employerCount, identities, employers, uses
ORDER BY personas DESC, employerCount DESC
LIMIT $limit
