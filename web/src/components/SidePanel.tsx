// The left tool panel: filters, clusters, saved queries, Cypher, investigations (the editor loads lazily).
import { lazy, Suspense } from 'react';
import { useSession } from '../hooks/use-session.js';
import { useUi } from '../hooks/use-ui.js';
import { can, type Permission } from '../state/permissions.js';
import type { SideTab } from '../state/ui-state.js';
import { workbench } from '../state/workbench.js';
import { ClustersPanel } from './ClustersPanel.js';
import { FiltersPanel } from './FiltersPanel.js';
import { InvestigationsPanel } from './InvestigationsPanel.js';
import { SavedQueriesPanel } from './SavedQueriesPanel.js';

const CypherPanel = lazy(() => import('./CypherPanel.js').then((m) => ({ default: m.CypherPanel })));

// A tab whose operations the role lacks is not offered (the server refuses them regardless).
const TABS: { id: SideTab; label: string; needs?: Permission }[] = [
  { id: 'filters', label: 'Filters' },
  { id: 'clusters', label: 'Clusters' },
  { id: 'queries', label: 'Queries', needs: 'queries.run' },
  { id: 'cypher', label: 'Cypher', needs: 'queries.run' },
  { id: 'investigations', label: 'Cases', needs: 'investigations' },
];

export function SidePanel() {
  const chosen = useUi((s) => s.tab);
  const tabs = useSession((s) =>
    TABS.filter((t) => !t.needs || can(s, t.needs))
      .map((t) => t.id)
      .join(),
  );
  const shown = TABS.filter((t) => tabs.split(',').includes(t.id));
  const tab = shown.some((t) => t.id === chosen) ? chosen : 'filters';
  return (
    <aside className="sidebar">
      <div className="tabs" role="tablist">
        {shown.map((t) => (
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
