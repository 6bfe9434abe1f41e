// Adding one entity from a search hit or a table cell, then selecting and focusing it.
import type { GNode } from '../api/types.js';
import type { Workbench } from './workbench.js';

export async function addEntity(wb: Workbench, node: GNode): Promise<void> {
  const cy = wb.cy;
  if (cy.getElementById(node.id).empty())
    await wb.addGraph({ nodes: [node], edges: [] }, { label: `Add ${node.caption}` });
  const ele = cy.getElementById(node.id);
  if (ele.empty()) return;
  cy.$(':selected').unselect();
  ele.select();
  wb.store.set({ focus: node.id });
  cy.animate({ center: { eles: ele }, zoom: Math.max(cy.zoom(), 1), duration: 250 });
}
