// Paths between two entities: fetch, add what is missing, highlight the paths (display classes only).
import { paths } from '../api/graph.js';
import type { Graph } from '../api/types.js';
import { focusOn } from '../graph/focus.js';
import type { Workbench } from './workbench.js';

export function clearPaths(wb: Workbench): void {
  wb.cy.elements('.path, .path-end, .dimmed').removeClass('path path-end dimmed');
  wb.store.set({ pathCount: 0 });
}

export async function findPaths(wb: Workbench, from: string, to: string, maxHops = 6): Promise<number> {
  const found = await wb.run('Finding paths…', async () => {
    let result = await paths(from, to, maxHops, 5);
    // Paths avoid supernodes first (fast, and the links that mean something); only when there is no such
    // path is the search repeated through them, and the message says so.
    const throughSupernodes = result.paths.length === 0;
    if (throughSupernodes) result = await paths(from, to, maxHops, 5, true);
    const merged: Graph = {
      nodes: result.paths.flatMap((p) => p.nodes),
      edges: result.paths.flatMap((p) => p.edges),
    };
    if (result.paths.length === 0) {
      wb.notify(`No path within ${maxHops} hops`);
      return 0;
    }
    await wb.addGraph(merged, { label: 'Add paths', anchor: from });
    const cy = wb.cy;
    clearPaths(wb);
    const ids = new Set([...merged.nodes.map((n) => n.id), ...merged.edges.map((e) => e.id)]);
    cy.batch(() => {
      cy.elements().forEach((e) => {
        if (e.isParent()) return;
        if (ids.has(e.id())) e.addClass('path');
        else e.addClass('dimmed');
      });
      cy.getElementById(from).addClass('path-end');
      cy.getElementById(to).addClass('path-end');
    });
    wb.store.set({ pathCount: result.paths.length });
    const shortest = Math.min(...result.paths.map((p) => p.length));
    wb.notify(
      `${result.paths.length} path${result.paths.length === 1 ? '' : 's'} found (shortest ${shortest} hops)${result.truncated ? ', more exist' : ''}${throughSupernodes ? ', only through a supernode (an entity with thousands of links)' : ''}`,
    );
    focusOn(cy, cy.elements('.path'), 80);
    return result.paths.length;
  });
  return found ?? 0;
}
