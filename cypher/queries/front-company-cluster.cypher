// name: front-company-cluster
// title: Cluster summary of a front company
// description: >-
//   What surrounds a front company within a few hops, by kind: how many workers, identities, laptops,
//   addresses, wallets, employers…, the nearest of each, and the money received by its wallets and
//   accounts (payments and transfers in, in USD where known).
// shows: both
// tags: [front-companies, summary]
// parameters:
//   - name: company
//     type: id
//     required: true
//     description: The front company
//   - name: maxHops
//     type: int
//     default: 3
//     min: 1
//     max: 4
//     description: Most hops from the company
MATCH (f:FrontCompany {id: $company})
MATCH p = ANY SHORTEST (f)(()-[r WHERE coalesce(r.retracted, false) = false]-
  (x WHERE coalesce(x.retracted, false) = false AND x.mergedInto IS NULL)){1,4}(n:Entity)
WHERE n <> f AND length(p) <= $maxHops
WITH n, length(p) AS hops, p,
     reduce(total = 0.0, amount IN COLLECT {
       MATCH (n)<-[m:PAID|TRANSFERRED_TO]-()
       WHERE coalesce(m.retracted, false) = false
       RETURN coalesce(m.amountUsd, m.amount, 0.0)
     } | total + amount) AS received
RETURN n.kind AS kind, count(n) AS members, min(hops) AS nearest, sum(received) AS moneyReceived,
       collect(n)[..5] AS examples, collect(p)[..10] AS paths
ORDER BY members DESC, kind
