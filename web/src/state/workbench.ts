// The workbench: one Cytoscape instance, its command stack and the UI store, with the events between them.
import type { CollectionReturnValue, Core, NodeSingular } from 'cytoscape';
import type { Graph } from '../api/types.js';
import { CommandStack } from '../graph/command-stack.js';
import { addCommand } from '../graph/commands.js';
import { createCy } from '../graph/create-cy.js';
import { graphElements } from '../graph/elements.js';
import { applyFilters } from '../graph/filters.js';
import { focusOn } from '../graph/focus.js';
import { placeNew } from '../graph/place-new.js';
import { presetPositions } from '../graph/preset-positions.js';
import type { RendererName } from '../graph/renderer.js';
import { buildStylesheet, type DrawMode, HUGE_GRAPH, LARGE_GRAPH } from '../graph/stylesheet.js';
import { createStore } from './store.js';
import { INITIAL_UI, type UiState } from './ui-state.js';

export interface AddOptions {
  label: string;
  anchor?: string | null;
  parent?: string;
}

export class Workbench {
  readonly store = createStore<UiState>(INITIAL_UI);
  readonly stack = new CommandStack();
  private instance: Core | null = null;
  private readonly mountHooks: ((cy: Core) => void)[] = [];
  /** Operations exposed on window.__threadline for browser tests and the console (see main.tsx). */
  readonly exposed: Record<string, (...args: never[]) => unknown> = {};

  constructor() {
    this.stack.subscribe(() =>
      this.store.set({
        canUndo: this.stack.canUndo,
        canRedo: this.stack.canRedo,
        undoLabel: this.stack.nextUndo,
      }),
    );
  }

  get cy(): Core {
    if (!this.instance) throw new Error('The canvas is not mounted yet');
    return this.instance;
  }

  get mounted(): boolean {
    return this.instance !== null;
  }

  /** Features (context menu, shortcuts needing cy) register here and run on every (re)mount. */
  onMount(hook: (cy: Core) => void): void {
    this.mountHooks.push(hook);
    if (this.instance) hook(this.instance);
  }

  mount(container: HTMLElement, renderer: RendererName): Core {
    this.instance?.destroy();
    const cy = createCy(container, renderer);
    this.instance = cy;
    this.mode = 'normal';
    this.store.set({ renderer });
    // Events fire once per element: adding 5,000 nodes must not re-render the panels 5,000 times.
    cy.on('add remove', () => this.later('counts', () => this.refreshCounts()));
    cy.on('select unselect', () =>
      this.later('selection', () => this.store.set({ selected: cy.$('node:selected').map((n) => n.id()) })),
    );
    cy.on('tap', 'node', (e) => {
      const n = e.target as NodeSingular;
      if (!n.hasClass('group')) this.store.set({ focus: n.id() });
    });
    for (const hook of this.mountHooks) hook(cy);
    // Tests and power users read the canvas here (element counts, positions).
    (window as unknown as { __threadline: unknown }).__threadline = { cy, workbench: this, ...this.exposed };
    this.refreshCounts();
    return cy;
  }

  private readonly pending = new Set<string>();
  private mode: DrawMode = 'normal';

  /** Run `fn` once after the current burst of events (coalesced by key). */
  private later(key: string, fn: () => void): void {
    if (this.pending.has(key)) return;
    this.pending.add(key);
    setTimeout(() => {
      this.pending.delete(key);
      fn();
    }, 0);
  }

  refreshCounts(): void {
    const cy = this.instance;
    if (!cy) return;
    const hidden = cy.elements('.hidden, .filtered').length;
    this.drawMode(cy.elements().length);
    this.store.set({ counts: { nodes: cy.nodes().length, edges: cy.edges().length, hidden } });
  }

  /**
   * Cheap drawing from LARGE_GRAPH elements (and cheaper from HUGE_GRAPH): the stylesheet's modes, and no
   * edges and a cached texture while panning or zooming (renderer flags Cytoscape reads on every frame).
   * Switching restyles everything, so addGraph calls this BEFORE adding a big graph, not after.
   */
  private drawMode(elementCount: number): void {
    const cy = this.cy;
    const mode: DrawMode =
      elementCount >= HUGE_GRAPH ? 'huge' : elementCount >= LARGE_GRAPH ? 'large' : 'normal';
    if (mode === this.mode) return;
    this.mode = mode;
    const large = mode !== 'normal';
    cy.style(buildStylesheet({ mode }));
    // Not in the typings, but the documented init options of the same names land on the renderer object.
    const renderer = (
      cy as unknown as { renderer(): { hideEdgesOnViewport?: boolean; textureOnViewport?: boolean } }
    ).renderer();
    renderer.hideEdgesOnViewport = large;
    renderer.textureOnViewport = large;
  }

  notify(text: string, tone: 'info' | 'error' = 'info'): void {
    this.store.set({ message: { text, tone } });
  }

  /** Run an async operation with a busy indicator; errors become a message instead of an exception. */
  async run<T>(busy: string, fn: () => Promise<T>): Promise<T | undefined> {
    this.store.set({ busy });
    try {
      return await fn();
    } catch (error) {
      this.notify((error as Error).message, 'error');
      return undefined;
    } finally {
      this.store.set({ busy: null });
    }
  }

  /** Add a graph as one undoable step, placing new nodes around the anchor. Returns what was new. */
  async addGraph(graph: Graph, options: AddOptions): Promise<CollectionReturnValue> {
    const cy = this.cy;
    let fresh = cy.collection();
    performance.mark('threadline:add:start');
    const defs = graphElements(graph, options.parent);
    const anchor = options.anchor ? cy.getElementById(options.anchor) : null;
    const preset = presetPositions(cy, defs, anchor);
    this.drawMode(Math.max(cy.elements().length, cy.elements().length + defs.length));
    // One batch: Cytoscape computes styles and bounds once for the whole arrival, not per element.
    cy.batch(() => {
      this.stack.exec(addCommand(cy, options.label, defs, (added) => (fresh = added)));
      // Only the arrivals: filters are a function of each element's data, so the rest keep their class.
      applyFilters(cy, this.store.get().filters, fresh);
    });
    await placeNew(cy, fresh, anchor, preset);
    performance.measure('threadline:add', 'threadline:add:start');
    // Big arrivals: show all of them (labels drop out at that zoom); small ones: outline them for a moment.
    if (fresh.nodes().length > 300) focusOn(cy, cy.elements(), 40, false);
    else this.flash(fresh);
    this.refreshCounts();
    return fresh;
  }

  /** Outline what just arrived for a moment: a display class, never entity data. */
  flash(eles: CollectionReturnValue): void {
    eles.nodes().addClass('fresh');
    setTimeout(() => eles.nodes().removeClass('fresh'), 2500);
  }

  selectedNodes(): CollectionReturnValue {
    return this.cy.$('node:selected');
  }
}

export const workbench = new Workbench();
