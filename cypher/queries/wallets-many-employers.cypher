// name: wallets-many-employers
// title: Wallets receiving from many employers
// description: >-
//   Wallets that receive salary from several employers, paid directly or passed on through a few
//   transfers. Unrelated companies paying into one wallet is how earnings of many personas are pooled.
//   totalPaid sums the salaries that reach the wallet, in the payments' currencies (usually USD).
// shows: both
// tags: [money, wallets]
// parameters:
//   - name: minEmployers
//     type: int
//     default: 2
//     min: 2
//     description: Fewest distinct employers whose money reaches the wallet
//   - name: maxTransfers
//     type: int
//     default: 2
//     min: 0
//     max: 3
//     description: Most transfers between the payment and the wallet (0 = paid directly)
//   - name: match
//     type: string
//     description: Only wallets whose address, or a paying employer's name, contains this
//   - name: limit
//     type: int
//     default: 50
//     min: 1
//     max: 500
//     description: Most wallets returned
MATCH (e:Employer)-[pay:PAID]->(first)
WHERE coalesce(pay.retracted, false) = false
  AND all(x IN [e, first] WHERE coalesce(x.retracted, false) = false AND x.mergedInto IS NULL)
// Grouped by what was paid, so each onward search runs once however many salaries went there.
WITH first, collect(DISTINCT e) AS firstPayers, count(pay) AS firstPayments, sum(pay.amount) AS firstPaid,
     collect(pay)[..5] AS samplePayments
MATCH p = ANY SHORTEST (first)((a)-[t:TRANSFERRED_TO]->(b)
  WHERE coalesce(t.retracted, false) = false AND coalesce(b.retracted, false) = false AND b.mergedInto IS NULL
){0,3}(w:Wallet)
WHERE length(p) <= $maxTransfers
WITH w, reduce(acc = [], payers IN collect(firstPayers) | acc + [x IN payers WHERE NOT x IN acc]) AS payers,
     sum(firstPayments) AS paymentCount, sum(firstPaid) AS totalPaid,
     reduce(acc = [], s IN collect(samplePayments) | acc + s)[..25] AS payments, collect(p)[..25] AS flows
WHERE size(payers) >= $minEmployers
  AND ($match IS NULL OR w.searchText CONTAINS toLower($match)
    OR any(e IN payers WHERE e.searchText CONTAINS toLower($match)))
RETURN w AS wallet, size(payers) AS employers, paymentCount, totalPaid, payers[..20] AS payers, payments, flows
ORDER BY employers DESC, totalPaid DESC
LIMIT $limit
