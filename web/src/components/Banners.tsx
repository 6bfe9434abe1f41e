// Supernode banners: "showing 200 of 4,819 laptops" with "Show more" (next page) and "Group" (collapse them).
import { useUi } from '../hooks/use-ui.js';
import { groupOverflow, showMore, truncationText } from '../state/expand.js';
import { workbench } from '../state/workbench.js';

export function Banners() {
  const truncations = useUi((s) => s.truncations);
  if (truncations.length === 0) return null;
  return (
    <div className="banners">
      {truncations.map((t) => (
        <div className="banner" key={t.key}>
          <span>{truncationText(t)}</span>
          <button type="button" onClick={() => void showMore(workbench, t)}>
            Show {Math.min(t.limit, t.total - t.shown).toLocaleString('en-US')} more
          </button>
          <button
            type="button"
            onClick={() => groupOverflow(workbench, t)}
            title="Collapse these neighbours into one group node"
          >
            Group
          </button>
          <button
            type="button"
            className="link"
            aria-label="Dismiss"
            onClick={() =>
              workbench.store.set((s) => ({ truncations: s.truncations.filter((x) => x.key !== t.key) }))
            }
          >
            ✕
          </button>
        </div>
      ))}
    </div>
  );
}
