// name: money-trail
// title: Money trail from an employer to front-company or sanctioned wallets
// description: >-
//   Follows an employer's salary payments through onward transfers and stops at wallets controlled by a
//   front company or by a sanctioned entity, or listed themselves. The payment is the first hop; each
//   transfer adds one. One row per account paid and wallet reached, with the shortest transfer chain.
// shows: both
// tags: [money, sanctions]
// parameters:
//   - name: employer
//     type: id
//     required: true
//     description: The employer whose payments are followed
//   - name: maxHops
//     type: int
//     default: 4
//     min: 1
//     max: 6
//     description: Longest trail, counting the payment as the first hop
//   - name: limit
//     type: int
//     default: 100
//     min: 1
//     max: 1000
//     description: Most trails returned
MATCH (e:Employer {id: $employer})-[pay:PAID]->(first)
WHERE coalesce(pay.retracted, false) = false
  AND coalesce(first.retracted, false) = false AND first.mergedInto IS NULL
// Monthly salaries repeat: one row per account or wallet paid, not per payment.
WITH first, count(pay) AS payments, sum(pay.amount) AS paid, collect(pay)[0] AS payment
// One shortest chain of transfers per wallet reached: listing every chain explodes with repeat transfers.
MATCH p = ANY SHORTEST (first)((a)-[t:TRANSFERRED_TO]->(b)
  WHERE coalesce(t.retracted, false) = false AND coalesce(b.retracted, false) = false AND b.mergedInto IS NULL
){0,5}(w:Wallet)
WHERE length(p) + 1 <= $maxHops
WITH first, payments, paid, payment, p, w,
     COLLECT {
       MATCH (w)<-[c:CONTROLS]-(f:FrontCompany)
       WHERE coalesce(c.retracted, false) = false AND coalesce(f.retracted, false) = false
       RETURN f
     } AS frontCompanies,
     COLLECT {
       MATCH (w)-[:SANCTIONED_UNDER]->(s:Sanction)
       RETURN s
       UNION
       MATCH (w)<-[c:CONTROLS]-()-[:SANCTIONED_UNDER]->(s:Sanction)
       WHERE coalesce(c.retracted, false) = false
       RETURN s
     } AS sanctions
WHERE size(frontCompanies) > 0 OR size(sanctions) > 0
RETURN w AS wallet, length(p) + 1 AS hops, frontCompanies, sanctions, first AS paidTo, payments, paid,
       [t IN relationships(p) | coalesce(t.amountUsd, t.amount)] AS transfers, payment, p AS trail
ORDER BY hops, wallet.address
LIMIT $limit
