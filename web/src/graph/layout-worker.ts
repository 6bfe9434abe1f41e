// Runs fcose on a headless Cytoscape in a Web Worker, so a 5,000-node layout never freezes the page.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);

export interface LayoutRequest {
  nodes: { id: string; parent?: string }[];
  edges: { id: string; source: string; target: string }[];
  options: Record<string, unknown>;
}

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { nodes, edges, options } = event.data;
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 34, height: 34 } }],
    elements: [
      ...nodes.map((data) => ({ group: 'nodes' as const, data })),
      ...edges.map((data) => ({ group: 'edges' as const, data })),
    ],
  });
  cy.layout({ ...options, name: 'fcose', animate: false, fit: false } as never).run();
  const positions: Record<string, { x: number; y: number }> = {};
  cy.nodes().forEach((n) => {
    if (!n.isParent()) positions[n.id()] = n.position();
  });
  self.postMessage(positions);
};
