// Hide, show, pin, remove, undo and redo on the current selection.
import type { CollectionReturnValue, NodeSingular } from 'cytoscape';
import { classCommand, pinCommand, removeCommand } from '../graph/commands.js';
import type { Workbench } from './workbench.js';

function target(wb: Workbench, eles?: CollectionReturnValue): CollectionReturnValue {
  return eles ?? wb.cy.$(':selected');
}

export function hide(wb: Workbench, eles?: CollectionReturnValue): void {
  const t = target(wb, eles);
  if (t.empty()) return;
  wb.stack.exec(classCommand(`Hide ${t.length}`, t, 'hidden', true));
  t.unselect();
  wb.refreshCounts();
}

export function showAll(wb: Workbench): void {
  const hidden = wb.cy.$('.hidden');
  if (hidden.empty()) return;
  wb.stack.exec(classCommand(`Show ${hidden.length}`, hidden, 'hidden', false));
  wb.refreshCounts();
}

export function togglePin(wb: Workbench, eles?: CollectionReturnValue): void {
  const nodes = target(wb, eles).nodes();
  if (nodes.empty()) return;
  const pin = nodes.some((n) => !(n as NodeSingular).locked());
  wb.stack.exec(pinCommand(pin ? 'Pin' : 'Unpin', nodes, pin));
}

export function remove(wb: Workbench, eles?: CollectionReturnValue): void {
  const t = target(wb, eles);
  if (t.empty()) return;
  wb.stack.exec(removeCommand(`Remove ${t.length}`, t));
  const focus = wb.store.get().focus;
  if (focus && wb.cy.getElementById(focus).empty()) wb.store.set({ focus: null });
  wb.refreshCounts();
}

export function undo(wb: Workbench): void {
  const label = wb.stack.undo();
  if (label) wb.notify(`Undone: ${label}`);
  wb.refreshCounts();
}

export function redo(wb: Workbench): void {
  const label = wb.stack.redo();
  if (label) wb.notify(`Redone: ${label}`);
  wb.refreshCounts();
}
