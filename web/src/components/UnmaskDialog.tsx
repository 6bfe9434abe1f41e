// Revealing a victim's masked fields: the analyst states a purpose (recorded in the audit log), the server
// answers with the values for this one response. They are shown here only: never on the canvas, never kept.
import { useState } from 'react';
import { type UnmaskedEntity, unmaskEntity } from '../api/auth.js';
import { GraphQLRequestError } from '../api/client.js';

const MIN = 5;
const MAX = 500;

function reason(error: unknown): string {
  const code = error instanceof GraphQLRequestError ? error.code : '';
  if (code === 'FORBIDDEN') return 'Your role may not reveal personal data.';
  if (code === 'NOT_FOUND') return 'This entity no longer exists (merged or retracted).';
  return (error as Error).message;
}

function show(value: unknown): string {
  if (value == null) return '';
  if (Array.isArray(value)) return value.map(show).join(', ');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

export function UnmaskDialog({ id, masked, onClose }: { id: string; masked: string[]; onClose: () => void }) {
  const [purpose, setPurpose] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [revealed, setRevealed] = useState<UnmaskedEntity | null>(null);
  const length = purpose.trim().length;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setRevealed(await unmaskEntity(id, purpose.trim()));
    } catch (err) {
      setError(reason(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Esc closes the dialog
    <div className="modal-back" onKeyDown={(e) => e.key === 'Escape' && onClose()} role="presentation">
      <div className="modal unmask" role="dialog" aria-label="Reveal personal data">
        <h3>Reveal personal data</h3>
        {!revealed ? (
          <form onSubmit={(e) => void submit(e)} className="stack">
            <p className="muted">
              This entity may be a victim of identity theft. Revealing {masked.join(', ')} is recorded in the
              audit log with your name and the purpose you give.
            </p>
            <label htmlFor="unmask-purpose">Purpose</label>
            <textarea
              id="unmask-purpose"
              rows={3}
              maxLength={MAX}
              value={purpose}
              onChange={(e) => setPurpose(e.target.value)}
              placeholder="e.g. Case 2024-117: confirm the stolen identity with the victim's employer"
              // biome-ignore lint/a11y/noAutofocus: the purpose is the one thing the dialog asks for
              autoFocus
            />
            <div className="muted">
              {length < MIN ? `At least ${MIN} characters` : `${length} / ${MAX} characters`}
            </div>
            {error && (
              <div className="login-error" role="alert">
                {error}
              </div>
            )}
            <div className="row">
              <span className="grow" />
              <button type="button" onClick={onClose}>
                Cancel
              </button>
              <button type="submit" className="primary" disabled={busy || length < MIN || length > MAX}>
                {busy ? 'Revealing…' : 'Reveal'}
              </button>
            </div>
          </form>
        ) : (
          <div className="stack">
            <div className="title">{revealed.caption}</div>
            <table className="props">
              <tbody>
                {revealed.unmasked.map((k) => (
                  <tr key={k}>
                    <td>{k}</td>
                    <td>{show(revealed.properties[k])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="muted">
              Purpose recorded: “{revealed.purpose}”. Closing this dialog forgets the values.
            </p>
            <div className="row">
              <span className="grow" />
              <button type="button" className="primary" onClick={onClose}>
                Close
              </button>
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
