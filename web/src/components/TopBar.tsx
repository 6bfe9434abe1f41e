// The top bar: search, layout, undo/redo, paths, save and export.

import { LAYOUT_LABELS, LAYOUTS, type LayoutName } from '../graph/layouts.js';
import { useCan } from '../hooks/use-session.js';
import { useUi } from '../hooks/use-ui.js';
import { redo, undo } from '../state/canvas-ops.js';
import { findPaths } from '../state/paths.js';
import { save } from '../state/persistence.js';
import { fitAll, layoutAll, layoutSelection } from '../state/view-ops.js';
import { workbench } from '../state/workbench.js';
import { ExportMenu } from './ExportMenu.js';
import { SearchBox } from './SearchBox.js';
import { UserMenu } from './UserMenu.js';

export function TopBar({ onHelp }: { onHelp: () => void }) {
  const layout = useUi((s) => s.layout);
  const canUndo = useUi((s) => s.canUndo);
  const canRedo = useUi((s) => s.canRedo);
  const undoLabel = useUi((s) => s.undoLabel);
  const selected = useUi((s) => s.selected);
  const busy = useUi((s) => s.busy);
  // Hidden when the role does not allow them (the server refuses them regardless).
  const mayExport = useCan('graph.export');
  const maySave = useCan('investigations');
  const [a, b] = selected;
  return (
    <header className="topbar">
      <div className="brand">
        Thread<span>line</span>
      </div>
      <SearchBox />
      <div className="sep" />
      <select
        value={layout}
        onChange={(e) => void layoutAll(workbench, e.target.value as LayoutName)}
        aria-label="Layout"
        title="Layout (L)"
      >
        {LAYOUTS.map((l) => (
          <option key={l} value={l}>
            {LAYOUT_LABELS[l]}
          </option>
        ))}
      </select>
      <button
        type="button"
        onClick={() => void layoutAll(workbench)}
        title="Re-run the layout on everything (L)"
      >
        Layout
      </button>
      <button
        type="button"
        onClick={() => void layoutSelection(workbench)}
        disabled={selected.length < 2}
        title="Lay out the selection only (Shift+L)"
      >
        Selection
      </button>
      <button type="button" onClick={() => fitAll(workbench)} title="Fit (F)">
        Fit
      </button>
      <div className="sep" />
      <button
        type="button"
        onClick={() => undo(workbench)}
        disabled={!canUndo}
        title={`Undo ${undoLabel ?? ''} (Ctrl+Z)`}
        aria-label="Undo"
      >
        ↶
      </button>
      <button
        type="button"
        onClick={() => redo(workbench)}
        disabled={!canRedo}
        title="Redo (Ctrl+Shift+Z)"
        aria-label="Redo"
      >
        ↷
      </button>
      <button
        type="button"
        id="find-paths"
        disabled={selected.length !== 2}
        onClick={() => a && b && void findPaths(workbench, a, b)}
        title="Paths between the two selected nodes (X)"
      >
        Paths
      </button>
      <div className="spacer" />
      <span className="busy">{busy ?? ''}</span>
      {mayExport && <ExportMenu />}
      {maySave && (
        <button
          type="button"
          className="primary"
          id="save-investigation"
          onClick={() => void save(workbench)}
          title="Save investigation (Ctrl+S)"
        >
          Save
        </button>
      )}
      <button type="button" onClick={onHelp} title="Keyboard shortcuts (?)" aria-label="Help">
        ?
      </button>
      <UserMenu />
    </header>
  );
}
