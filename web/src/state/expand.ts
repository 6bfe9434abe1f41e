// Expanding neighbours, with "showing 200 of 4,819 laptops", "show more" (offset) and "group" for supernodes.
import { type ExpandOptions, neighborhood } from '../api/graph.js';
import { collapseCommand, compositeCommand } from '../graph/commands.js';
import { groupCommand } from '../graph/groups.js';
import { truncationText } from './truncation-text.js';
import type { Truncation } from './ui-state.js';
import type { Workbench } from './workbench.js';

export { truncationText };

/** The server's most nodes per neighbourhood call (server/read/neighborhood.ts MAX_NEIGHBORHOOD_LIMIT). */
const MAX_NEIGHBORHOOD_LIMIT = 1000;
/** Neighbours per page ("showing 200 of 4,819 laptops"). */
export const EXPAND_LIMIT = 200;

function caption(wb: Workbench, id: string): string {
  return String(wb.cy.getElementById(id).data('label') ?? id);
}

export async function expand(wb: Workbench, ids: string[], options: ExpandOptions = {}): Promise<void> {
  if (ids.length === 0) return;
  const limit = options.limit ?? EXPAND_LIMIT;
  const offset = options.offset ?? 0;
  await wb.run('Expanding…', async () => {
    // The server's limit counts the start nodes too: ask for them on top, so a page holds `limit` neighbours
    // (and the next page's offset, counted in neighbours, skips none).
    const n = await neighborhood(ids, {
      ...options,
      limit: Math.min(limit + ids.length, MAX_NEIGHBORHOOD_LIMIT),
      offset,
    });
    const anchor = ids.length === 1 ? ids[0] : null;
    const fresh = await wb.addGraph(n, {
      label: `Expand ${ids.length === 1 ? caption(wb, ids[0] ?? '') : `${ids.length} nodes`}`,
      anchor,
    });
    const key = `${ids.join(',')}|${options.kinds?.join(',') ?? ''}|${options.relationshipTypes?.join(',') ?? ''}`;
    const others = wb.store.get().truncations.filter((t) => t.key !== key);
    if (n.truncated && anchor) {
      const total = n.total.reduce((s, k) => s + k.count, 0);
      const omitted = n.omitted.reduce((s, k) => s + k.count, 0);
      const t: Truncation = {
        key,
        anchorId: anchor,
        anchorLabel: caption(wb, anchor),
        shown: Math.max(0, total - omitted),
        total,
        exact: n.totalsExact,
        omitted: n.omitted.filter((k) => k.count > 0),
        offset: offset + limit,
        limit,
        kinds: options.kinds,
        relationshipTypes: options.relationshipTypes,
      };
      wb.store.set({ truncations: [...others, t] });
    } else {
      wb.store.set({ truncations: others });
    }
    if (fresh.empty() && !n.truncated) wb.notify('No new neighbours');
  });
}

export function showMore(wb: Workbench, t: Truncation): Promise<void> {
  return expand(wb, [t.anchorId], {
    kinds: t.kinds,
    relationshipTypes: t.relationshipTypes,
    limit: t.limit,
    offset: t.offset,
  });
}

/** Put the anchor's leaf neighbours of the crowded kinds into one group and collapse it. */
export function groupOverflow(wb: Workbench, t: Truncation): void {
  const cy = wb.cy;
  const anchor = cy.getElementById(t.anchorId);
  const kinds = new Set(t.omitted.map((k) => k.kind));
  const members = anchor
    .neighborhood('node')
    .nodes()
    .filter((n) => kinds.has(String(n.data('kind'))) && n.degree(false) <= 1 && !n.isChild())
    .map((n) => n.id());
  if (members.length === 0) return;
  const id = `group:overflow:${t.key}`;
  const badge = `${truncationText(t)} (${members.length} on canvas)`;
  const grouping = groupCommand(
    cy,
    'Group',
    { id, label: `${t.anchorLabel}: ${members.length} grouped`, badge, groupType: 'overflow' },
    members,
  );
  grouping.apply();
  const collapsing = collapseCommand(cy, 'Collapse', cy.getElementById(id), true);
  collapsing.apply();
  wb.stack.record(compositeCommand(`Group ${members.length} neighbours`, [grouping, collapsing]));
  wb.store.set({ truncations: wb.store.get().truncations.filter((x) => x.key !== t.key) });
}
