// Registers the Cytoscape extensions once: layouts (fcose, cola, dagre), expand-collapse, cxtmenu, svg export.
import cytoscape from 'cytoscape';
import cola from 'cytoscape-cola';
import cxtmenu from 'cytoscape-cxtmenu';
import dagre from 'cytoscape-dagre';
import expandCollapse from 'cytoscape-expand-collapse';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';

let registered = false;

export function registerExtensions(): typeof cytoscape {
  if (!registered) {
    for (const ext of [fcose, cola, dagre, expandCollapse, cxtmenu, svg]) cytoscape.use(ext);
    registered = true;
  }
  return cytoscape;
}
