// name: front-company-workers
// title: Workers linked to a front company through any chain
// description: >-
//   Workers connected to a front company by employment or by any chain of links (a shared laptop farm,
//   a wallet, a facilitator), nearest first, with the shortest chain that connects them. Chains do not
//   pass through supernodes (entities with over 10,000 links, such as a big employer).
// shows: both
// tags: [front-companies, workers]
// parameters:
//   - name: company
//     type: id
//     required: true
//     description: The front company
//   - name: maxHops
//     type: int
//     default: 3
//     min: 1
//     max: 5
//     description: Longest chain between the company and a worker
//   - name: limit
//     type: int
//     default: 200
//     min: 1
//     max: 2000
//     description: Most workers returned
MATCH (f:FrontCompany {id: $company})
// A path length bound must be a literal: one branch per maxHops, so the search stops at the hops asked for
// (one {1,5} pattern filtered afterwards explored 5 hops every time and timed out on the large world).
CALL (f) {
  WITH f WHERE $maxHops = 1
  MATCH p = ANY SHORTEST (f)(()-[r WHERE coalesce(r.retracted, false) = false]-
    (x WHERE coalesce(x.retracted, false) = false AND x.mergedInto IS NULL AND COUNT { (x)--() } <= 10000)){1,1}(w:Worker)
  RETURN w, p
  UNION
  WITH f WHERE $maxHops = 2
  MATCH p = ANY SHORTEST (f)(()-[r WHERE coalesce(r.retracted, false) = false]-
    (x WHERE coalesce(x.retracted, false) = false AND x.mergedInto IS NULL AND COUNT { (x)--() } <= 10000)){1,2}(w:Worker)
  RETURN w, p
  UNION
  WITH f WHERE $maxHops = 3
  MATCH p = ANY SHORTEST (f)(()-[r WHERE coalesce(r.retracted, false) = false]-
    (x WHERE coalesce(x.retracted, false) = false AND x.mergedInto IS NULL AND COUNT { (x)--() } <= 10000)){1,3}(w:Worker)
  RETURN w, p
  UNION
  WITH f WHERE $maxHops = 4
  MATCH p = ANY SHORTEST (f)(()-[r WHERE coalesce(r.retracted, false) = false]-
    (x WHERE coalesce(x.retracted, false) = false AND x.mergedInto IS NULL AND COUNT { (x)--() } <= 10000)){1,4}(w:Worker)
  RETURN w, p
  UNION
  WITH f WHERE $maxHops = 5
  MATCH p = ANY SHORTEST (f)(()-[r WHERE coalesce(r.retracted, false) = false]-
    (x WHERE coalesce(x.retracted, false) = false AND x.mergedInto IS NULL AND COUNT { (x)--() } <= 10000)){1,5}(w:Worker)
  RETURN w, p
}
RETURN w AS worker, length(p) AS hops, EXISTS { (w)-[:EMPLOYED_BY]->(f) } AS employedDirectly,
       [r IN relationships(p) | type(r)] AS via, p AS chain
ORDER BY hops, worker.name
LIMIT $limit
