// Creates the Cytoscape instance with the model's stylesheet, the chosen renderer and expand-collapse.
import type cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import { registerExtensions } from './register.js';
import type { RendererName } from './renderer.js';
import { buildStylesheet } from './stylesheet.js';

export function createCy(container: HTMLElement, renderer: RendererName): Core {
  const cytoscape = registerExtensions();
  const cy = cytoscape({
    container,
    style: buildStylesheet(),
    wheelSensitivity: 0.3,
    minZoom: 0.02,
    maxZoom: 4,
    boxSelectionEnabled: true,
    selectionType: 'additive',
    // The WebGL renderer draws nodes and edges from texture atlases; the canvas renderer is the fallback.
    renderer: { name: 'canvas', webgl: renderer === 'webgl', webglBgColor: [250, 250, 250] },
  } as cytoscape.CytoscapeOptions);
  // Groups collapse without animation or fisheye: the rest of the canvas must not move under the analyst.
  cy.expandCollapse({
    animate: false,
    fisheye: false,
    layoutBy: null,
    undoable: false,
    cueEnabled: true,
    expandCollapseCuePosition: 'top-left',
    expandCollapseCueSize: 14,
    zIndex: 5,
  });
  return cy;
}
