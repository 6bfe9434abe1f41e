// Results of the browser workload: draw + layout times per size and renderer, and an expand on a big canvas.

export interface UiCase {
  renderer: 'canvas' | 'webgl';
  nodes: number;
  edges: number;
  /** The workbench's addGraph (one cy.batch) until the first painted frame, without the placement, ms. */
  drawMs: number | null;
  /** Placing the new nodes (the cluster layout for a big graph with nothing to attach to), ms. */
  layoutMs: number | null;
  totalMs: number | null;
  error?: string;
}

export interface UiExpandCase {
  renderer: 'canvas' | 'webgl';
  canvasNodes: number;
  canvasEdges: number;
  addedNodes: number;
  addedEdges: number;
  /** The workbench's addGraph anchored on one node (rings; fcose only on small canvases) until painted, ms. */
  addMs: number | null;
  /** Of addMs, the UI's own code (its threadline:add mark); the rest is painting the frame that shows it. */
  addCodeMs?: number | null;
  error?: string;
}

export interface UiResult {
  chromium: string;
  webgl: { available: boolean; renderer: string | null; software: boolean };
  cases: UiCase[];
  expand: UiExpandCase[];
}
