// name: overlapping-hires
// title: Identities hired by several employers at once
// description: >-
//   Identities with two employment periods that overlap: one persona holding two full-time remote jobs
//   is a common pattern of IT workers, who bill several employers in parallel. Open-ended periods
//   (no end date) count as still running.
// shows: both
// tags: [employment, identities]
// parameters:
//   - name: match
//     type: string
//     description: Only pairs where the identity's or an employer's name contains this
//   - name: limit
//     type: int
//     default: 100
//     min: 1
//     max: 1000
//     description: Most pairs returned
MATCH (e1:Employer)<-[h1:HIRED_BY]-(i:Identity)-[h2:HIRED_BY]->(e2:Employer)
WHERE e1.id < e2.id
  AND h1.from IS NOT NULL AND h2.from IS NOT NULL
  // Dates are ISO strings, so text order is time order (partial dates like 2023-05 compare sensibly).
  AND h1.from <= coalesce(h2.to, '9999') AND h2.from <= coalesce(h1.to, '9999')
  AND ($match IS NULL OR i.searchText CONTAINS toLower($match) OR e1.searchText CONTAINS toLower($match)
    OR e2.searchText CONTAINS toLower($match))
  AND all(x IN [i, e1, e2] WHERE coalesce(x.retracted, false) = false AND x.mergedInto IS NULL)
  AND coalesce(h1.retracted, false) = false AND coalesce(h2.retracted, false) = false
WITH i, e1, h1, e2, h2, CASE WHEN h1.from > h2.from THEN h1.from ELSE h2.from END AS overlapFrom,
     COLLECT { MATCH (w:Worker)-[u:USES]->(i) WHERE coalesce(u.retracted, false) = false RETURN w } AS workers
RETURN i AS identity, e1 AS firstEmployer, h1.from AS firstFrom, h1.to AS firstTo,
       e2 AS secondEmployer, h2.from AS secondFrom, h2.to AS secondTo, overlapFrom, workers, [h1, h2] AS hires
ORDER BY overlapFrom DESC
LIMIT $limit
