// Money flowing into a cluster: amounts (model `amount`) on links into its members from outside it.
import { MODEL } from '../../model/index.js';
import { visibleEdge, visibleNode } from '../read/fragments.js';
import { runRead } from '../read/run-read.js';
import { num } from '../read/shape.js';
import type { GraphDb } from '../runtime/graph-db.js';

const MONEY = MODEL.relationships.filter((r) => r.amount);

// A type whose amount comes with a `currency` (PAID) counts only in USD: we do not convert currencies.
// A type without one (TRANSFERRED_TO) names its USD amount directly (`amountUsd`).
const usdCase = `CASE type(r) ${MONEY.map((t) =>
  t.properties.currency
    ? `WHEN '${t.name}' THEN CASE WHEN toUpper(r.currency) = 'USD' THEN r.${t.amount} END`
    : `WHEN '${t.name}' THEN r.${t.amount}`,
).join(' ')} END`;

const INFLOWS = `
UNWIND $members AS m
MATCH (s:Entity)-[r:${MONEY.map((t) => t.name).join('|')}]->(:Entity {id: m.id})
WHERE ${visibleEdge('r')} AND ${visibleNode('s')}
WITH m.group AS group, s.id AS source, ${usdCase} AS usd
WHERE usd IS NOT NULL
RETURN group, source, usd`;

/**
 * USD flowing into each group's members from nodes outside that group (transfers within a group are the
 * network moving its own money, and would count twice). Returns one total per group, in order.
 */
export async function inflowUsd(db: GraphDb, groups: readonly (readonly string[])[]): Promise<number[]> {
  const members = groups.flatMap((ids, group) => ids.map((id) => ({ id, group })));
  const totals = groups.map(() => 0);
  if (members.length === 0) return totals;
  const sets = groups.map((ids) => new Set(ids));
  const { records } = await runRead(db, INFLOWS, { members });
  for (const record of records) {
    const group = num(record.get('group'));
    if (sets[group]?.has(record.get('source') as string)) continue;
    totals[group] = (totals[group] ?? 0) + num(record.get('usd'));
  }
  return totals.map((t) => Math.round(t * 100) / 100);
}
