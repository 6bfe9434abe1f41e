// Detected communities (with summary) to open as groups; collapse or expand all groups at once.
import { useEffect, useState } from 'react';
import { communities } from '../api/clusters.js';
import type { ClusterSummary } from '../api/types.js';
import { countsText } from '../graph/labels.js';
import { openCommunity } from '../state/clusters.js';
import { workbench } from '../state/workbench.js';

function all(collapse: boolean): void {
  const api = workbench.cy.expandCollapse('get');
  const opts = { animate: false, fisheye: false, layoutBy: null };
  if (collapse) api.collapseAll(opts);
  else api.expandAll(opts);
  workbench.refreshCounts();
}

export function ClustersPanel() {
  const [list, setList] = useState<ClusterSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () => {
    setError(null);
    communities(3, 30)
      .then(setList)
      .catch((e: Error) => setError(e.message));
  };
  useEffect(load, []);
  return (
    <div className="panel stack">
      <div className="row">
        <button type="button" onClick={() => all(true)}>
          Collapse all groups
        </button>
        <button type="button" onClick={() => all(false)}>
          Expand all
        </button>
      </div>
      <h3>Detected communities</h3>
      {error && <div className="error">{error}</div>}
      {!list && !error && <div className="muted">Loading…</div>}
      {list?.length === 0 && <div className="muted">None found.</div>}
      {list?.map((c) => (
        <button
          type="button"
          key={c.id}
          className="query"
          onClick={() => void openCommunity(workbench, c.id)}
        >
          <div className="name">{c.label}</div>
          <div className="muted">
            {c.memberCount} members: {countsText(c.counts)}
            {c.totalFlowUsd > 0 && ` · $${Math.round(c.totalFlowUsd).toLocaleString('en-US')} flows`}
          </div>
        </button>
      ))}
      <button type="button" className="link" onClick={load}>
        Refresh
      </button>
    </div>
  );
}
