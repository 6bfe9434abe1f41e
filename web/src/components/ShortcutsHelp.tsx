// The shortcuts dialog.
import { SHORTCUTS } from './shortcut-list.js';

export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: clicking the backdrop closes the dialog; Esc does too
    <div
      className="modal-back"
      onClick={onClose}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
      role="presentation"
    >
      <div className="modal" role="dialog" aria-label="Keyboard shortcuts">
        <h3>Keyboard shortcuts</h3>
        <table>
          <tbody>
            {SHORTCUTS.map(([k, what]) => (
              <tr key={k}>
                <td>
                  <kbd>{k}</kbd>
                </td>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">
          Mouse: double-click expands a node or toggles a group; right-click opens the radial menu; drag on
          the background box-selects with Shift.
        </p>
      </div>
    </div>
  );
}
