// Investigations: title, notes, save, share link; the list of saved ones to reopen.
import { useEffect, useState } from 'react';
import { investigations } from '../api/investigations.js';
import type { InvestigationSummary } from '../api/types.js';
import { useUi } from '../hooks/use-ui.js';
import { open, save, shareLink } from '../state/persistence.js';
import { workbench } from '../state/workbench.js';

export function InvestigationsPanel() {
  const current = useUi((s) => s.investigation);
  const notes = useUi((s) => s.notes);
  const [list, setList] = useState<InvestigationSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () => {
    investigations()
      .then(setList)
      .catch((e: Error) => setError(e.message));
  };
  useEffect(load, []);
  const setTitle = (title: string) => workbench.store.set({ investigation: { ...current, title } });
  return (
    <div className="panel stack">
      <h3>Current</h3>
      <input
        type="text"
        aria-label="Investigation title"
        value={current.title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <textarea
        className="notes"
        aria-label="Notes"
        placeholder="Notes (saved with the investigation)"
        value={notes}
        onChange={(e) => workbench.store.set({ notes: e.target.value })}
      />
      <div className="row">
        <button type="button" className="primary" onClick={() => void save(workbench).then(load)}>
          Save
        </button>
        {current.id && (
          <button
            type="button"
            onClick={() =>
              void navigator.clipboard
                ?.writeText(shareLink(current.id ?? ''))
                .then(() => workbench.notify('Link copied'))
            }
          >
            Copy share link
          </button>
        )}
      </div>
      {current.id && (
        <div className="mono muted" style={{ wordBreak: 'break-all' }} data-testid="share-link">
          {shareLink(current.id)}
        </div>
      )}
      <h3>Saved investigations</h3>
      {error && <div className="error">{error}</div>}
      {list?.length === 0 && <div className="muted">None yet.</div>}
      <ul className="list">
        {list?.map((i) => (
          <li key={i.id}>
            <button
              type="button"
              className="link grow"
              style={{ textAlign: 'left' }}
              onClick={() => void open(workbench, i.id)}
            >
              {i.title}
            </button>
            <span className="muted">
              {i.elementCount} · {i.updatedAt.slice(0, 10)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
