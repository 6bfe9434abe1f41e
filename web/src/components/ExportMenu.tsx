// The export menu: the canvas (PNG, SVG, elements JSON) and, in every interchange format, the saved
// investigation, the selected cluster, the last saved-query result and the whole graph (docs/interop.md).
import type { NodeSingular } from 'cytoscape';
import { useState } from 'react';
import { downloadExport, EXPORT_FORMATS, type ExportFormat, type ExportScope } from '../api/export.js';
import { lastQueryRun } from '../api/queries.js';
import { exportJson, exportPng, exportSvg } from '../graph/export.js';
import { captureState } from '../graph/investigation-state.js';
import { useUi } from '../hooks/use-ui.js';
import { groupOf } from '../state/clusters.js';
import { workbench } from '../state/workbench.js';

interface ScopeRow {
  key: string;
  label: string;
  /** Why the row is unavailable, or the scope to export. */
  scope: ExportScope | { unavailable: string };
}

function exportCanvas(kind: 'png' | 'svg' | 'json'): void {
  const cy = workbench.cy;
  const s = workbench.store.get();
  if (kind === 'png') exportPng(cy);
  else if (kind === 'svg') exportSvg(cy);
  else exportJson(captureState(cy, { notes: s.notes, filters: s.filters, layout: s.layout }));
}

/** The cluster group holding the selected (or focused) node: `group:<front-company|community>:<id>`. */
function selectedCluster(ids: readonly string[]): { id: string; label: string } | null {
  if (!workbench.mounted) return null;
  for (const id of ids) {
    const node = workbench.cy.getElementById(id);
    if (node.empty()) continue;
    const group = groupOf(node as NodeSingular);
    const type = group?.data('groupType') as string | undefined;
    if (!group || (type !== 'front-company' && type !== 'community')) continue;
    return { id: group.id().slice(`group:${type}:`.length), label: String(group.data('label') ?? '') };
  }
  return null;
}

function rows(investigation: { id: string | null; title: string }, picked: readonly string[]): ScopeRow[] {
  const cluster = selectedCluster(picked);
  const query = lastQueryRun();
  return [
    {
      key: 'investigation',
      label: `Saved investigation${investigation.id ? `: ${investigation.title}` : ''}`,
      scope: investigation.id
        ? { kind: 'investigation', id: investigation.id }
        : { unavailable: 'Save the investigation first (its saved state is exported)' },
    },
    {
      key: 'cluster',
      label: `Selected cluster${cluster ? `: ${cluster.label}` : ''}`,
      scope: cluster
        ? { kind: 'cluster', id: cluster.id }
        : { unavailable: 'Select a front-company network or a community (or one of its members)' },
    },
    {
      key: 'query',
      label: `Last query result${query ? `: ${query.name}` : ''}`,
      scope: query
        ? { kind: 'query', name: query.name, params: query.params }
        : { unavailable: 'Run a saved query first' },
    },
    { key: 'all', label: 'Whole graph (streamed download)', scope: { kind: 'all' } },
  ];
}

async function runExport(format: ExportFormat, scope: ExportScope, label: string): Promise<void> {
  const done = await workbench.run(`Exporting ${label}…`, () => downloadExport(format, scope));
  if (!done) return;
  workbench.notify(
    done.streamed
      ? `${label}: download started (${format})`
      : `${label}: ${done.nodes} nodes and ${done.edges} edges in ${done.files.join(' and ')}` +
          (done.truncated ? ' (capped by the source: truncated)' : ''),
  );
}

export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const investigation = useUi((s) => s.investigation);
  const selected = useUi((s) => s.selected);
  const focus = useUi((s) => s.focus);
  const picked = focus ? [...selected, focus] : selected;
  return (
    <details
      className="export-menu"
      open={open}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
      style={{ position: 'relative' }}
    >
      <summary
        aria-label="Export"
        title="Export the canvas, an investigation, a cluster, a query result or the whole graph"
      >
        Export
      </summary>
      {open && (
        <div
          role="menu"
          aria-label="Export choices"
          style={{
            position: 'absolute',
            right: 0,
            top: '100%',
            zIndex: 20,
            background: 'var(--panel, #fff)',
            border: '1px solid var(--border, #ccc)',
            borderRadius: 6,
            padding: 8,
            minWidth: 420,
            boxShadow: '0 4px 16px rgba(0,0,0,.15)',
          }}
        >
          <div style={{ marginBottom: 6 }}>
            <strong>Canvas</strong>{' '}
            <button type="button" onClick={() => exportCanvas('png')}>
              PNG
            </button>
            <button type="button" onClick={() => exportCanvas('svg')}>
              SVG
            </button>
            <button type="button" onClick={() => exportCanvas('json')}>
              Elements (JSON)
            </button>
          </div>
          {rows(investigation, picked).map((row) => (
            <div key={row.key} data-export-scope={row.key} style={{ marginBottom: 6 }}>
              <div title={'unavailable' in row.scope ? row.scope.unavailable : undefined}>
                <strong>{row.label}</strong>
              </div>
              {EXPORT_FORMATS.map(({ format, label }) => (
                <button
                  key={format}
                  type="button"
                  disabled={'unavailable' in row.scope}
                  title={'unavailable' in row.scope ? row.scope.unavailable : `${row.label} as ${label}`}
                  onClick={() => {
                    if ('unavailable' in row.scope) return;
                    setOpen(false);
                    void runExport(format, row.scope, row.label);
                  }}
                >
                  {label}
                </button>
              ))}
            </div>
          ))}
        </div>
      )}
    </details>
  );
}
