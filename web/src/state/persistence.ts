// Saving and reopening investigations, share links, and switching renderer without losing the canvas.
import { investigation, saveInvestigation } from '../api/investigations.js';
import { applyFilters } from '../graph/filters.js';
import { captureState, isCanvasState, restoreState } from '../graph/investigation-state.js';
import type { LayoutName } from '../graph/layouts.js';
import type { RendererName } from '../graph/renderer.js';
import type { Workbench } from './workbench.js';

export function shareLink(id: string): string {
  return `${window.location.origin}/?investigation=${encodeURIComponent(id)}`;
}

function capture(wb: Workbench) {
  const s = wb.store.get();
  return captureState(wb.cy, { notes: s.notes, filters: s.filters, layout: s.layout });
}

export async function save(wb: Workbench, title?: string): Promise<string | undefined> {
  const s = wb.store.get();
  const name = (title ?? s.investigation.title).trim() || 'Untitled investigation';
  return wb.run('Saving…', async () => {
    const saved = await saveInvestigation(s.investigation.id, name, capture(wb));
    wb.store.set({ investigation: { id: saved.id, title: saved.title } });
    window.history.replaceState(null, '', `/?investigation=${encodeURIComponent(saved.id)}`);
    wb.notify(`Saved "${saved.title}"`);
    return saved.id;
  });
}

export async function open(wb: Workbench, id: string): Promise<boolean> {
  const ok = await wb.run('Opening investigation…', async () => {
    const inv = await investigation(id);
    if (!inv) throw new Error(`Investigation ${id} not found`);
    if (!isCanvasState(inv.state)) throw new Error('This investigation was saved in an unknown format');
    restoreState(wb.cy, inv.state);
    wb.stack.clear();
    wb.store.set({
      investigation: { id: inv.id, title: inv.title },
      notes: inv.state.notes,
      filters: inv.state.filters,
      layout: inv.state.layout as LayoutName,
      truncations: [],
      focus: null,
    });
    applyFilters(wb.cy, inv.state.filters);
    window.history.replaceState(null, '', `/?investigation=${encodeURIComponent(inv.id)}`);
    wb.refreshCounts();
    return true;
  });
  return ok ?? false;
}

/** Cytoscape picks its renderer at construction: rebuild the instance and carry the canvas over. */
export function switchRenderer(wb: Workbench, container: HTMLElement, renderer: RendererName): void {
  const state = wb.mounted ? capture(wb) : null;
  wb.mount(container, renderer);
  if (state) restoreState(wb.cy, state);
  // Undo steps point at the old instance's elements.
  wb.stack.clear();
  applyFilters(wb.cy, wb.store.get().filters);
  wb.refreshCounts();
}
