// Details of a group node (a cluster): its summary badge, member counts and collapse/expand.
import type { NodeSingular } from 'cytoscape';
import { useUi } from '../hooks/use-ui.js';
import { toggleGroup } from '../state/clusters.js';
import { workbench } from '../state/workbench.js';

export function GroupDetails({ id }: { id: string }) {
  useUi((s) => s.counts);
  const cy = workbench.cy;
  const node = cy.getElementById(id) as NodeSingular;
  if (node.empty()) return null;
  const collapsed = node.hasClass('cy-expand-collapse-collapsed-node');
  const members = collapsed
    ? cy.expandCollapse('get').getCollapsedChildrenRecursively(node).nodes().length
    : node.descendants().length;
  return (
    <div className="panel" data-testid="group-details">
      <div className="title">{String(node.data('label'))}</div>
      <p className="muted">{String(node.data('badge') ?? '')}</p>
      <p>
        {members} members · {collapsed ? 'collapsed' : 'expanded'}
      </p>
      <button
        type="button"
        className="primary"
        onClick={() => toggleGroup(workbench, node)}
        title="Collapse or expand (C)"
      >
        {collapsed ? 'Expand group' : 'Collapse group'}
      </button>
    </div>
  );
}
