// Runs inside the page (serialised by page.evaluate): builds a graph, draws it, lays it out, times each step.
/// <reference lib="dom" />
// Self-contained on purpose: nothing outside this function exists in the browser.

export interface InPageArgs {
  nodes: number;
  edges: number;
  webgl: boolean;
  /** When set, afterwards add this many nodes (and as many edges) around one node and time placeNew. */
  expand: number;
}

export interface InPageResult {
  drawMs: number;
  layoutMs: number;
  addMs: number | null;
}

export async function inPageBench(a: InPageArgs): Promise<InPageResult> {
  // biome-ignore lint/suspicious/noExplicitAny: cytoscape comes from a UMD script tag in this page
  const cytoscape = (window as any).cytoscape;
  let seed = 42;
  const rand = () => {
    // mulberry32: the same graph on every run and for both renderers
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const kinds = ['Worker', 'Identity', 'Laptop', 'Address', 'Wallet', 'Employer', 'Account'];
  const colors = ['#c0392b', '#e67e22', '#7f8c8d', '#27ae60', '#f1c40f', '#2980b9', '#16a085'];
  const els: unknown[] = [];
  // Cells of ~25 nodes, like the synthetic world: most edges inside a cell, a few bridging cells.
  for (let i = 0; i < a.nodes; i++) {
    const k = i % kinds.length;
    els.push({
      group: 'nodes',
      data: { id: `n${i}`, kind: kinds[k], color: colors[k], label: `${kinds[k]} ${i}` },
      position: { x: rand() * 4000, y: rand() * 4000 },
    });
  }
  for (let j = 0; j < a.edges; j++) {
    const s = Math.floor(rand() * a.nodes);
    const cell = Math.floor(s / 25) * 25;
    const t =
      rand() < 0.9 ? Math.min(a.nodes - 1, cell + Math.floor(rand() * 25)) : Math.floor(rand() * a.nodes);
    els.push({
      group: 'edges',
      data: { id: `e${j}`, source: `n${s}`, target: `n${t === s ? (s + 1) % a.nodes : t}`, label: 'LINK' },
    });
  }
  const frame = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
  const container = document.getElementById('cy');
  const t0 = performance.now();
  const cy = cytoscape({
    container,
    elements: els,
    layout: { name: 'preset' },
    style: [
      {
        selector: 'node',
        style: {
          'background-color': 'data(color)',
          label: 'data(label)',
          'font-size': 10,
          width: 24,
          height: 24,
          'text-valign': 'bottom',
        },
      },
      {
        selector: 'edge',
        style: {
          width: 1.5,
          'line-color': '#95a5a6',
          'curve-style': 'bezier',
          'target-arrow-shape': 'triangle',
        },
      },
    ],
    renderer: { name: 'canvas', webgl: a.webgl, webglBgColor: [250, 250, 250] },
  });
  await frame();
  const t1 = performance.now();
  // The UI's fcose settings for the size (web/src/graph/layouts.ts): draft quality above 1,500 nodes.
  const big = a.nodes > 1500;
  await new Promise<void>((resolve) => {
    const layout = cy.layout({
      name: 'fcose',
      fit: true,
      padding: 40,
      animate: false,
      quality: big ? 'draft' : 'default',
      randomize: true,
      nodeSeparation: 90,
      idealEdgeLength: 80,
      nodeRepulsion: 6500,
      packComponents: true,
      numIter: big ? 800 : 2500,
    });
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
  await frame();
  const t2 = performance.now();
  let addMs: number | null = null;
  if (a.expand > 0) {
    const anchor = cy.nodes()[0];
    const center = anchor.position();
    const t3 = performance.now();
    const fresh: unknown[] = [];
    for (let i = 0; i < a.expand; i++) {
      const angle = (2 * Math.PI * i) / a.expand;
      fresh.push({
        group: 'nodes',
        data: { id: `x${i}`, color: '#8e44ad', label: `new ${i}` },
        position: { x: center.x + 90 * Math.cos(angle), y: center.y + 90 * Math.sin(angle) },
      });
      fresh.push({ group: 'edges', data: { id: `xe${i}`, source: anchor.id(), target: `x${i}` } });
    }
    const added = cy.add(fresh);
    // placeNew (web/src/graph/place-new.ts): fcose on the new nodes only, the anchor fixed.
    await new Promise<void>((resolve) => {
      const layout = added.union(anchor).layout({
        name: 'fcose',
        randomize: false,
        animate: false,
        fit: false,
        quality: 'default',
        idealEdgeLength: 70,
        nodeRepulsion: 4500,
        packComponents: false,
        fixedNodeConstraint: [{ nodeId: anchor.id(), position: { ...center } }],
      });
      layout.one('layoutstop', () => resolve());
      layout.run();
    });
    await frame();
    addMs = performance.now() - t3;
  }
  cy.destroy();
  return { drawMs: t1 - t0, layoutMs: t2 - t1, addMs };
}
