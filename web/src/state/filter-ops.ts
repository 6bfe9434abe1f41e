// Changing filters: store the new state, then re-derive the `filtered` class on the canvas.
import { applyFilters, type FilterState } from '../graph/filters.js';
import type { Workbench } from './workbench.js';

export function setFilters(wb: Workbench, patch: Partial<FilterState>): void {
  const filters = { ...wb.store.get().filters, ...patch };
  wb.store.set({ filters });
  applyFilters(wb.cy, filters);
  wb.refreshCounts();
}

export function toggleKind(wb: Workbench, kind: string): void {
  const hidden = wb.store.get().filters.hiddenKinds;
  setFilters(wb, {
    hiddenKinds: hidden.includes(kind) ? hidden.filter((k) => k !== kind) : [...hidden, kind],
  });
}
