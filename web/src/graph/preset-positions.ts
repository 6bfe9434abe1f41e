// Positions for an arrival computed from its element definitions, before Cytoscape sees it: nodes are added
// where they belong instead of at (0, 0) and then moved one by one, which costs a position event and a bounds
// update per node (profiled: 1.2 s of a 5,000-node arrival went to moving the nodes after adding them).
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { clusterLayout } from './cluster-layout.js';
import { CLUSTER_LAYOUT_FROM, ringPositions } from './place-new.js';

/**
 * Sets `position` on the definitions of nodes that are not on the canvas yet, for the two cases that need
 * nothing but the definitions: an expansion (rings around the anchor, as placeNew would draw them) and a big
 * graph onto an empty canvas (the cluster layout around the middle of the view). Returns whether it did;
 * otherwise placeNew places the new nodes after they are added (next to whatever they link to).
 */
export function presetPositions(cy: Core, defs: ElementDefinition[], anchor?: NodeSingular | null): boolean {
  const fresh = defs.filter(
    (d) => d.group === 'nodes' && d.data.id !== undefined && cy.getElementById(d.data.id).empty(),
  );
  if (fresh.length === 0) return false;
  if (anchor?.nonempty()) {
    performance.mark('threadline:place:start');
    const ring = ringPositions(anchor.position(), fresh.length);
    fresh.forEach((d, i) => {
      d.position = ring[i];
    });
    performance.measure('threadline:place', 'threadline:place:start');
    return true;
  }
  const canvasEmpty = cy
    .nodes()
    .filter((n) => !n.isParent())
    .empty();
  if (!canvasEmpty || fresh.length < CLUSTER_LAYOUT_FROM) return false;
  performance.mark('threadline:place:start');
  const ids = fresh.map((d) => String(d.data.id));
  const members = new Set(ids);
  const edges = defs
    .filter((d) => d.group === 'edges')
    .map((d) => ({ source: String(d.data.source), target: String(d.data.target) }))
    .filter((e) => members.has(e.source) && members.has(e.target));
  const ext = cy.extent();
  const placed = clusterLayout({ nodes: ids, edges }, { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 });
  for (const d of fresh) d.position = placed[String(d.data.id)];
  performance.measure('threadline:place', 'threadline:place:start');
  return true;
}
