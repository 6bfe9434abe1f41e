// The saved form of a canvas: elements with positions, collapsed groups, pins, notes, filters and viewport.
import type { Core, ElementDefinition, Position } from 'cytoscape';
import type { FilterState } from './filters.js';

export interface CanvasState {
  version: 1;
  /** Every element, including those hidden inside collapsed groups, with original edge ends. */
  elements: ElementDefinition[];
  /** Group node ids that were collapsed, outermost first. */
  collapsed: string[];
  pinned: string[];
  notes: string;
  filters: FilterState;
  layout: string;
  viewport: { zoom: number; pan: Position };
}

// Expand-collapse keeps live collections in data (collapsedChildren, originalEnds): never serialise those.
const RUNTIME_DATA = new Set([
  'collapsedChildren',
  'originalEnds',
  'position-before-collapse',
  'size-before-collapse',
]);
const RUNTIME_CLASSES = /^(cy-expand-collapse-\S+|fresh|path|path-end|dimmed|filtered)$/;

type Ele = {
  isNode(): boolean;
  id(): string;
  data(): Record<string, unknown>;
  position(): Position;
  classes(): string[];
  hasClass(c: string): boolean;
};

function plain(ele: Ele): ElementDefinition {
  const data: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(ele.data())) if (!RUNTIME_DATA.has(k)) data[k] = v;
  const ends = ele.data().originalEnds as { source: { id(): string }; target: { id(): string } } | undefined;
  if (ends) {
    data.source = ends.source.id();
    data.target = ends.target.id();
  }
  const classes = ele.classes().filter((c) => !RUNTIME_CLASSES.test(c));
  const def: ElementDefinition = {
    group: ele.isNode() ? 'nodes' : 'edges',
    data: data as ElementDefinition['data'],
    classes,
  };
  if (ele.isNode()) def.position = { ...ele.position() };
  return def;
}

export function captureState(
  cy: Core,
  extra: Pick<CanvasState, 'notes' | 'filters' | 'layout'>,
): CanvasState {
  const api = cy.expandCollapse('get');
  const hidden = api.getAllCollapsedChildrenRecursively();
  const all = cy.elements().union(hidden);
  const nodes = all.nodes().map((n) => plain(n as unknown as Ele));
  const edges = all.edges().map((e) => plain(e as unknown as Ele));
  const collapsed = all
    .nodes('.cy-expand-collapse-collapsed-node')
    .map((n) => ({ id: n.id(), depth: n.ancestors().length }))
    .sort((a, b) => b.depth - a.depth)
    .map((n) => n.id);
  return {
    version: 1,
    elements: [...nodes, ...edges],
    collapsed,
    pinned: cy.nodes(':locked').map((n) => n.id()),
    viewport: { zoom: cy.zoom(), pan: { ...cy.pan() } },
    ...extra,
  };
}

/** Replace the canvas with a saved state. Children are added before collapsing so edges find their ends. */
export function restoreState(cy: Core, state: CanvasState): void {
  const api = cy.expandCollapse('get');
  cy.elements().remove();
  cy.batch(() => {
    const nodes = state.elements.filter((e) => e.group === 'nodes');
    const parents = new Set(nodes.map((n) => n.data.parent).filter(Boolean));
    // Parents first, then leaves, then edges: Cytoscape needs a parent to exist before its children.
    cy.add(nodes.filter((n) => parents.has(n.data.id)));
    cy.add(nodes.filter((n) => !parents.has(n.data.id)));
    cy.add(state.elements.filter((e) => e.group === 'edges'));
  });
  for (const id of state.collapsed) {
    const group = cy.getElementById(id);
    if (group.nonempty()) api.collapse(group, { animate: false, fisheye: false, layoutBy: null });
  }
  cy.nodes()
    .filter((n) => state.pinned.includes(n.id()))
    .lock()
    .addClass('pinned');
  cy.viewport({ zoom: state.viewport.zoom, pan: state.viewport.pan });
}

export function isCanvasState(value: unknown): value is CanvasState {
  const v = value as CanvasState | null;
  return !!v && v.version === 1 && Array.isArray(v.elements);
}
