// Opening clusters as compound nodes: a front company's network or a detected community; collapse/expand.
import type { CollectionReturnValue, NodeSingular } from 'cytoscape';
import { community, frontCompanyNetwork } from '../api/clusters.js';
import type { Cluster } from '../api/types.js';
import { placeAsClusters } from '../graph/cluster-layout.js';
import { addCommand, collapseCommand, compositeCommand } from '../graph/commands.js';
import { graphElements } from '../graph/elements.js';
import { focusOn } from '../graph/focus.js';
import { groupCommand } from '../graph/groups.js';
import { summaryBadge } from '../graph/labels.js';
import { WORKER_LIMIT } from '../graph/layouts.js';
import { placeNew } from '../graph/place-new.js';
import type { Workbench } from './workbench.js';

function relaxInPlace(eles: CollectionReturnValue): Promise<void> {
  return new Promise<void>((resolve) => {
    const options = {
      name: 'fcose',
      animate: false,
      fit: false,
      randomize: false,
      nodeSeparation: 60,
      idealEdgeLength: 60,
      packComponents: false,
    };
    const layout = eles.layout(options as never);
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
}

async function showCluster(
  wb: Workbench,
  cluster: Cluster,
  groupType: string,
  anchorId?: string,
): Promise<string> {
  const cy = wb.cy;
  const id = `group:${groupType}:${cluster.summary.id}`;
  const expanded = cy.getElementById(id);
  if (expanded.nonempty() && expanded.hasClass('cy-expand-collapse-collapsed-node')) {
    wb.stack.exec(collapseCommand(cy, 'Expand group', expanded, false));
    return id;
  }
  let fresh = cy.collection();
  const adding = addCommand(cy, 'Add network', graphElements(cluster), (added) => (fresh = added));
  adding.apply();
  const label = `${cluster.summary.label}${cluster.truncated ? ' (truncated)' : ''}`;
  const spec = { id, label, badge: summaryBadge(cluster.summary), groupType };
  const grouping = groupCommand(
    cy,
    'Group',
    spec,
    cluster.nodes.map((n) => n.id),
  );
  grouping.apply();
  wb.stack.record(compositeCommand(`Open ${cluster.summary.label}`, [adding, grouping]));
  const anchor = anchorId ? cy.getElementById(anchorId) : null;
  await placeNew(cy, fresh, anchor);
  const group = cy.getElementById(id);
  // Lay out the whole group where it is: it is all new to the analyst, the rest of the canvas stays. A big
  // network gets the cluster layout (milliseconds; fCoSE took minutes for 700 nodes on a loaded machine);
  // `L` runs fCoSE in the worker when the analyst wants it.
  const members = group.children();
  if (members.length > WORKER_LIMIT) placeAsClusters(cy, members);
  else await relaxInPlace(members.union(members.edgesWith(members)));
  focusOn(cy, group, 60);
  wb.flash(fresh);
  wb.refreshCounts();
  return id;
}

export function openFrontCompanyNetwork(wb: Workbench, frontCompanyId: string): Promise<string | undefined> {
  return wb.run('Loading network…', async () =>
    showCluster(wb, await frontCompanyNetwork(frontCompanyId), 'front-company', frontCompanyId),
  );
}

export function openCommunity(wb: Workbench, communityId: string): Promise<string | undefined> {
  return wb.run('Loading community…', async () => {
    const c = await community(communityId);
    if (!c) throw new Error('Community not found (the graph may have changed): refresh the list');
    return showCluster(wb, c, 'community');
  });
}

/** Collapse an expanded group to one node with its summary badge, or expand a collapsed one back. */
export function toggleGroup(wb: Workbench, group: NodeSingular): void {
  const cy = wb.cy;
  const collapsed = group.hasClass('cy-expand-collapse-collapsed-node');
  if (!collapsed && !group.isParent()) return;
  wb.stack.exec(collapseCommand(cy, collapsed ? 'Expand group' : 'Collapse group', group, !collapsed));
  wb.refreshCounts();
}

/** The group a node belongs to, or the node itself when it is a group. */
export function groupOf(node: NodeSingular): NodeSingular | null {
  if (node.hasClass('group')) return node;
  const parent = node.parent();
  return parent.nonempty() ? (parent.first() as NodeSingular) : null;
}
