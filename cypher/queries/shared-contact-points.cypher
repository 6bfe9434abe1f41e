// name: shared-contact-points
// title: Identities and people sharing a phone, account or wallet
// description: >-
//   Phone numbers, accounts (email, freelance, payment) and wallets held by two or more identities or
//   people. Personas are cheap to invent; the phone, inbox or wallet behind them is not, so a shared one
//   ties personas to one operator.
// shows: both
// tags: [identities, infrastructure]
// parameters:
//   - name: via
//     type: kind
//     description: Only shared points of this kind (PhoneNumber, Account or Wallet)
//   - name: minHolders
//     type: int
//     default: 2
//     min: 2
//     description: Fewest distinct holders of one shared point
//   - name: match
//     type: string
//     description: Only shared points whose text, or a holder's name, contains this
//   - name: limit
//     type: int
//     default: 100
//     min: 1
//     max: 1000
//     description: Most shared points returned
MATCH (x)<-[r:HAS_PHONE|HAS_ACCOUNT|USES|CONTROLS]-(p)
WHERE (x:PhoneNumber OR x:Account OR x:Wallet)
  AND (p:Identity OR p:Worker OR p:Facilitator OR p:Person)
  AND ($via IS NULL OR x.kind = $via)
  AND coalesce(x.retracted, false) = false AND x.mergedInto IS NULL
  AND coalesce(p.retracted, false) = false AND p.mergedInto IS NULL
  AND coalesce(r.retracted, false) = false
WITH x, collect(DISTINCT p) AS holders, collect(r) AS links
WHERE size(holders) >= $minHolders
  AND ($match IS NULL OR x.searchText CONTAINS toLower($match)
    OR any(h IN holders WHERE h.searchText CONTAINS toLower($match)))
RETURN x AS shared, x.kind AS via, size(holders) AS holderCount, holders, links
ORDER BY holderCount DESC, via
LIMIT $limit
