// Results of the browser workload: draw + layout times per size and renderer, and an expand on a big canvas.

export interface UiCase {
  renderer: 'canvas' | 'webgl';
  nodes: number;
  edges: number;
  /** cytoscape() with preset positions until the first frame is painted, ms. */
  drawMs: number | null;
  /** fcose (the UI's settings for that size) until layoutstop and a painted frame, ms. */
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
  /** cy.add + ring placement + fcose on the new nodes (the UI's placeNew) until painted, ms. */
  addMs: number | null;
  error?: string;
}

export interface UiResult {
  chromium: string;
  webgl: { available: boolean; renderer: string | null; software: boolean };
  cases: UiCase[];
  expand: UiExpandCase[];
}
