// Bring elements into view without zooming a handful of nodes up to poster size.
import type { CollectionReturnValue, Core } from 'cytoscape';

/** Zoom above which a fit stops: beyond it, labels are larger than the panels' text. Defaults to 1.4. */
export const MAX_FIT_ZOOM = 1.4;

/** A lone node or two (e.g. a collapsed group) fit at 1:1: zoomed further they only look blown up. */
const FEW_NODES_ZOOM = 1;

export function viewportFor(cy: Core, eles: CollectionReturnValue, padding = 60, maxZoom = MAX_FIT_ZOOM) {
  const cap = eles.nodes().length <= 2 ? Math.min(maxZoom, FEW_NODES_ZOOM) : maxZoom;
  const bb = eles.boundingBox();
  const zoom = Math.max(
    cy.minZoom(),
    Math.min(
      cap,
      (cy.width() - 2 * padding) / Math.max(bb.w, 1),
      (cy.height() - 2 * padding) / Math.max(bb.h, 1),
    ),
  );
  const pan = {
    x: cy.width() / 2 - zoom * (bb.x1 + bb.w / 2),
    y: cy.height() / 2 - zoom * (bb.y1 + bb.h / 2),
  };
  return { zoom, pan };
}

export function focusOn(cy: Core, eles: CollectionReturnValue, padding = 60, animate = true): void {
  if (eles.empty()) return;
  const target = viewportFor(cy, eles, padding);
  if (animate && eles.length < 3000) cy.animate({ ...target, duration: 250 });
  else cy.viewport(target);
}
