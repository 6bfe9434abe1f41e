// Runs inside the workbench page (serialised by page.evaluate): the real UI code adds a graph, places it,
// paints it; then an expansion arrives on the big canvas. Times come from performance.now() around the
// calls and from the UI's own performance marks (threadline:add, threadline:place).
/// <reference lib="dom" />
// Self-contained on purpose: nothing outside this function exists in the browser.

export interface InPageArgs {
  nodes: number;
  edges: number;
  /** When set, afterwards add this many nodes (and as many edges) around one node, as an expansion does. */
  expand: number;
}

export interface InPageResult {
  /** addGraph until the first painted frame, without the placement. */
  drawMs: number;
  /** Placement of the new nodes (the cluster layout for a big homeless graph), from the UI's mark. */
  layoutMs: number;
  addMs: number | null;
  /** Of addMs, the UI's own work (the threadline:add mark): the rest is painting the frames that show it. */
  addCodeMs: number | null;
  renderer: string;
}

interface Tl {
  cy: { nodes(): { length: number }; destroy(): void };
  workbench: {
    addGraph(g: unknown, o: { label: string; anchor?: string }): Promise<unknown>;
    store: { get(): { renderer: string } };
  };
}

export async function inPageBench(a: InPageArgs): Promise<InPageResult> {
  const tl = (window as unknown as { __threadline: Tl }).__threadline;
  let seed = 42;
  const rand = () => {
    // mulberry32: the same graph on every run and for both renderers
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const kinds = ['Worker', 'Identity', 'Laptop', 'Address', 'Wallet', 'Employer', 'Account'];
  const nodes = Array.from({ length: a.nodes }, (_, i) => ({
    id: `n${i}`,
    kind: kinds[i % kinds.length],
    caption: `${kinds[i % kinds.length]} ${i}`,
    flags: i % 97 === 0 ? ['sanctioned'] : [],
  }));
  // Cells of ~25 nodes, like the synthetic world: most edges inside a cell, a few bridging cells.
  const edges = Array.from({ length: a.edges }, (_, j) => {
    const s = Math.floor(rand() * a.nodes);
    const cell = Math.floor(s / 25) * 25;
    const t =
      rand() < 0.9 ? Math.min(a.nodes - 1, cell + Math.floor(rand() * 25)) : Math.floor(rand() * a.nodes);
    return {
      id: `e${j}`,
      type: 'LINKED_TO',
      source: `n${s}`,
      target: `n${t === s ? (s + 1) % a.nodes : t}`,
      caption: 'LINK',
      flags: [],
    };
  });
  const frame = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
  const lastMeasure = (name: string) => {
    const all = performance.getEntriesByName(name, 'measure');
    return all[all.length - 1]?.duration ?? 0;
  };
  await frame();
  const t0 = performance.now();
  await tl.workbench.addGraph({ nodes, edges }, { label: 'bench' });
  await frame();
  const total = performance.now() - t0;
  const place = lastMeasure('threadline:place');
  let addMs: number | null = null;
  let addCodeMs: number | null = null;
  if (a.expand > 0) {
    const fresh = Array.from({ length: a.expand }, (_, i) => ({
      id: `x${i}`,
      kind: 'Laptop',
      caption: `new ${i}`,
      flags: [],
    }));
    const links = fresh.map((n, i) => ({
      id: `xe${i}`,
      type: 'LINKED_TO',
      source: 'n0',
      target: n.id,
      caption: 'LINK',
      flags: [],
    }));
    await frame();
    const t3 = performance.now();
    await tl.workbench.addGraph({ nodes: fresh, edges: links }, { label: 'expand', anchor: 'n0' });
    await frame();
    addMs = performance.now() - t3;
    addCodeMs = lastMeasure('threadline:add');
  }
  return {
    drawMs: total - place,
    layoutMs: place,
    addMs,
    addCodeMs,
    renderer: tl.workbench.store.get().renderer,
  };
}
