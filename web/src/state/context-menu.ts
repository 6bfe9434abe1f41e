// Right-click (or long-press) radial menus on nodes and the background, through cytoscape-cxtmenu.
import type { CxtMenuCommand, NodeSingular, SingularElementReturnValue } from 'cytoscape';
import { hide, remove, togglePin } from './canvas-ops.js';
import { groupOf, openFrontCompanyNetwork, toggleGroup } from './clusters.js';
import { expand } from './expand.js';
import { findPaths } from './paths.js';
import { fitAll, layoutAll } from './view-ops.js';
import type { Workbench } from './workbench.js';

function nodeCommands(wb: Workbench, ele: SingularElementReturnValue): CxtMenuCommand[] {
  const node = ele as NodeSingular;
  const one = wb.cy.collection().union(node);
  const group = groupOf(node);
  const commands: CxtMenuCommand[] = [];
  if (!node.hasClass('group'))
    commands.push({ content: 'Expand', select: () => void expand(wb, [node.id()]) });
  if (node.data('kind') === 'FrontCompany') {
    commands.push({ content: 'Open network', select: () => void openFrontCompanyNetwork(wb, node.id()) });
  }
  if (group) {
    const collapsed = group.hasClass('cy-expand-collapse-collapsed-node');
    commands.push({
      content: collapsed ? 'Expand group' : 'Collapse group',
      select: () => toggleGroup(wb, group),
    });
  }
  const from = wb.store.get().pathFrom;
  if (!node.hasClass('group')) {
    commands.push(
      from && from !== node.id()
        ? {
            content: 'Path to here',
            select: () => void findPaths(wb, from, node.id()).then(() => wb.store.set({ pathFrom: null })),
          }
        : { content: 'Path from here', select: () => wb.store.set({ pathFrom: node.id() }) },
    );
  }
  commands.push(
    { content: node.locked() ? 'Unpin' : 'Pin', select: () => togglePin(wb, one) },
    { content: 'Hide', select: () => hide(wb, one) },
    { content: 'Remove', select: () => remove(wb, one) },
  );
  return commands;
}

export function installContextMenu(wb: Workbench): void {
  wb.onMount((cy) => {
    const look = {
      fillColor: 'rgba(17, 24, 39, 0.88)',
      activeFillColor: 'rgba(37, 99, 235, 0.9)',
      itemColor: '#f9fafb',
      indicatorSize: 16,
      separatorWidth: 2,
      outsideMenuCancel: 8 as const,
    };
    cy.cxtmenu({ ...look, selector: 'node', menuRadius: 90, commands: (ele) => nodeCommands(wb, ele) });
    cy.cxtmenu({
      ...look,
      selector: 'core',
      menuRadius: 80,
      commands: [
        { content: 'Fit', select: () => fitAll(wb) },
        { content: 'Layout', select: () => void layoutAll(wb) },
        { content: 'Select all', select: () => void cy.elements().select() },
      ],
    });
  });
}
