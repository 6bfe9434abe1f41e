// Global keyboard shortcuts (see components/shortcut-list.ts); ignored while typing in a field.
import type { NodeSingular } from 'cytoscape';
import { useEffect } from 'react';
import { hide, redo, remove, showAll, togglePin, undo } from '../state/canvas-ops.js';
import { groupOf, toggleGroup } from '../state/clusters.js';
import { expand } from '../state/expand.js';
import { clearPaths, findPaths } from '../state/paths.js';
import { save } from '../state/persistence.js';
import { fitAll, layoutAll, layoutSelection } from '../state/view-ops.js';
import { workbench as wb } from '../state/workbench.js';

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return (
    !!el &&
    (el.isContentEditable ||
      ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) ||
      !!el.closest('.cm-editor'))
  );
}

function onKey(e: KeyboardEvent, help: () => void): void {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  if (mod && key === 's') {
    e.preventDefault();
    void save(wb);
    return;
  }
  if (typing(e.target) || !wb.mounted) return;
  const cy = wb.cy;
  const nodes = cy.$('node:selected');
  const act: Record<string, () => void> = {
    '/': () => document.getElementById('search-input')?.focus(),
    '?': help,
    e: () =>
      void expand(
        wb,
        nodes.filter((n) => !n.hasClass('group')).map((n) => n.id()),
      ),
    c: () => {
      const g = nodes.first().nonempty() ? groupOf(nodes.first() as NodeSingular) : null;
      if (g) toggleGroup(wb, g);
    },
    x: () => nodes.length === 2 && void findPaths(wb, nodes[0]?.id() ?? '', nodes[1]?.id() ?? ''),
    h: () => (e.shiftKey ? showAll(wb) : hide(wb)),
    p: () => togglePin(wb),
    delete: () => remove(wb),
    backspace: () => remove(wb),
    l: () => void (e.shiftKey ? layoutSelection(wb) : layoutAll(wb)),
    f: () => fitAll(wb),
    escape: () => {
      cy.$(':selected').unselect();
      clearPaths(wb);
      wb.store.set({ pathFrom: null });
    },
  };
  const withMod: Record<string, () => void> = {
    z: () => (e.shiftKey ? redo(wb) : undo(wb)),
    y: () => redo(wb),
    a: () => void cy.elements(':visible').select(),
  };
  if (e.altKey || (mod && !withMod[key])) return;
  const fn = mod ? withMod[key] : act[e.key === '?' || e.key === '/' ? e.key : key];
  if (!fn) return;
  e.preventDefault();
  fn();
}

export function useShortcuts(help: () => void): void {
  useEffect(() => {
    const handler = (e: KeyboardEvent) => onKey(e, help);
    window.addEventListener('keydown', handler);
    return () => window.removeEventListener('keydown', handler);
  }, [help]);
}
