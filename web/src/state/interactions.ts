// Mouse gestures on the canvas: double-click expands a node or toggles a group; background click clears paths.
import type { NodeSingular } from 'cytoscape';
import { toggleGroup } from './clusters.js';
import { expand } from './expand.js';
import { clearPaths } from './paths.js';
import type { Workbench } from './workbench.js';

export function installInteractions(wb: Workbench): void {
  wb.onMount((cy) => {
    cy.on('dbltap', 'node', (e) => {
      const node = e.target as NodeSingular;
      if (node.hasClass('group')) toggleGroup(wb, node);
      else void expand(wb, [node.id()]);
    });
    cy.on('tap', (e) => {
      if (e.target === cy && wb.store.get().pathCount > 0) clearPaths(wb);
    });
    // Positions change by dragging too: record a drag as one undoable move.
    let before: Record<string, { x: number; y: number }> = {};
    cy.on('grab', 'node', () => {
      before = {};
      cy.$('node:selected')
        .union(cy.$('node:grabbed'))
        .forEach((n) => {
          before[n.id()] = { ...n.position() };
        });
    });
    cy.on('free', 'node', (e) => {
      const n = e.target as NodeSingular;
      before[n.id()] ??= { ...n.position() };
      const after: Record<string, { x: number; y: number }> = {};
      let moved = false;
      for (const id of Object.keys(before)) {
        const p = cy.getElementById(id).position();
        after[id] = { ...p };
        if (Math.abs(p.x - (before[id]?.x ?? 0)) > 0.5 || Math.abs(p.y - (before[id]?.y ?? 0)) > 0.5)
          moved = true;
      }
      if (!moved) return;
      const from = before;
      wb.stack.record({
        label: 'Move',
        apply: () =>
          cy.batch(() => Object.entries(after).forEach(([id, p]) => void cy.getElementById(id).position(p))),
        revert: () =>
          cy.batch(() => Object.entries(from).forEach(([id, p]) => void cy.getElementById(id).position(p))),
      });
    });
  });
}
