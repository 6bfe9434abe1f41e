// View operations: fit, layouts of everything or of the selection.

import { focusOn } from '../graph/focus.js';
import type { LayoutName } from '../graph/layouts.js';
import { runLayout } from '../graph/run-layout.js';
import type { Workbench } from './workbench.js';

export function fitAll(wb: Workbench): void {
  focusOn(wb.cy, wb.cy.elements(':visible'), 40);
}

export function layoutAll(wb: Workbench, name?: LayoutName): Promise<unknown> {
  const layout = name ?? wb.store.get().layout;
  if (name) wb.store.set({ layout: name });
  return wb.run(`Layout: ${layout}…`, () => runLayout(wb.cy, layout, wb.stack));
}

/** Re-layout only the selected nodes (and the edges among them); the rest of the canvas stays put. */
export function layoutSelection(wb: Workbench): Promise<unknown> {
  const nodes = wb.cy.$('node:selected');
  if (nodes.length < 2) {
    wb.notify('Select at least two nodes to lay them out');
    return Promise.resolve(undefined);
  }
  const layout = wb.store.get().layout;
  return wb.run(`Layout selection: ${layout}…`, () =>
    runLayout(wb.cy, layout, wb.stack, nodes.union(nodes.edgesWith(nodes))),
  );
}
