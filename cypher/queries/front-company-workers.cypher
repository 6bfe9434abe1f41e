// name: front-company-workers
// title: Workers linked to a front company through any chain
// description: >-
//   Workers connected to a front company by employment or by any chain of links (a shared laptop farm,
//   a wallet, a facilitator), nearest first, with the shortest chain that connects them.
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
MATCH p = ANY SHORTEST (f)(()-[r WHERE coalesce(r.retracted, false) = false]-
  (x WHERE coalesce(x.retracted, false) = false AND x.mergedInto IS NULL)){1,5}(w:Worker)
WHERE length(p) <= $maxHops
RETURN w AS worker, length(p) AS hops, EXISTS { (w)-[:EMPLOYED_BY]->(f) } AS employedDirectly,
       [r IN relationships(p) | type(r)] AS via, p AS chain
ORDER BY hops, worker.name
LIMIT $limit
