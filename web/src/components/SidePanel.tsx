// The left tool panel: filters, clusters, saved queries, Cypher, investigations (the editor loads lazily).
import { lazy, Suspense } from 'react';
import { useUi } from '../hooks/use-ui.js';
import type { SideTab } from '../state/ui-state.js';
import { workbench } from '../state/workbench.js';
import { ClustersPanel } from './ClustersPanel.js';
import { FiltersPanel } from './FiltersPanel.js';
import { InvestigationsPanel } from './InvestigationsPanel.js';
import { SavedQueriesPanel } from './SavedQueriesPanel.js';

const CypherPanel = lazy(() => import('./CypherPanel.js').then((m) => ({ default: m.CypherPanel })));

const TABS: { id: SideTab; label: string }[] = [
  { id: 'filters', label: 'Filters' },
  { id: 'clusters', label: 'Clusters' },
  { id: 'queries', label: 'Queries' },
  { id: 'cypher', label: 'Cypher' },
  { id: 'investigations', label: 'Cases' },
];

export function SidePanel() {
  const tab = useUi((s) => s.tab);
  return (
    <aside className="sidebar">
      <div className="tabs" role="tablist">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            className={tab === t.id ? 'active' : ''}
            onClick={() => workbench.store.set({ tab: t.id })}
            data-tab={t.id}
          >
            {t.label}
          </button>
        ))}
      </div>
      {tab === 'filters' && <FiltersPanel />}
      {tab === 'clusters' && <ClustersPanel />}
      {tab === 'queries' && <SavedQueriesPanel />}
      {tab === 'cypher' && (
        <Suspense fallback={<div className="panel muted">Loading editor…</div>}>
          <CypherPanel />
        </Suspense>
      )}
      {tab === 'investigations' && <InvestigationsPanel />}
    </aside>
  );
}
