// Filters: kinds on/off, a time range over dated relationships, a confidence threshold; hidden elements.
import { MODEL } from '../../../model/index.js';
import { DEFAULT_FILTERS, dateSpan, isActive } from '../graph/filters.js';
import { useUi } from '../hooks/use-ui.js';
import { showAll } from '../state/canvas-ops.js';
import { setFilters, toggleKind } from '../state/filter-ops.js';
import { workbench } from '../state/workbench.js';
import { KindSwatch } from './KindSwatch.js';

const DAY = 86_400_000;
const toDay = (iso: string) => Math.floor(Date.parse(iso) / DAY);
const toIso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

export function FiltersPanel() {
  const filters = useUi((s) => s.filters);
  const counts = useUi((s) => s.counts);
  const span = workbench.mounted ? dateSpan(workbench.cy) : null;
  const lo = span ? toDay(span.min) : 0;
  const hi = span ? toDay(span.max) : 0;
  const from = filters.from ? toDay(filters.from) : lo;
  const to = filters.to ? toDay(filters.to) : hi;
  return (
    <div className="panel stack">
      <h3>Kinds</h3>
      <div className="stack" style={{ gap: 2 }}>
        {MODEL.kinds.map((k) => (
          <label key={k.name} className="row">
            <input
              type="checkbox"
              checked={!filters.hiddenKinds.includes(k.name)}
              onChange={() => toggleKind(workbench, k.name)}
            />
            <KindSwatch kind={k.name} size={14} />
            {k.name}
          </label>
        ))}
      </div>
      <h3>Time range (dated relationships)</h3>
      {span ? (
        <div className="range-pair">
          <input
            type="range"
            aria-label="From"
            min={lo}
            max={hi}
            value={from}
            onChange={(e) => setFilters(workbench, { from: toIso(Math.min(Number(e.target.value), to)) })}
          />
          <input
            type="range"
            aria-label="To"
            min={lo}
            max={hi}
            value={to}
            onChange={(e) => setFilters(workbench, { to: toIso(Math.max(Number(e.target.value), from)) })}
          />
          <div className="row muted">
            <span className="grow">{toIso(from)}</span>
            <span>{toIso(to)}</span>
          </div>
        </div>
      ) : (
        <div className="muted">No dated relationships on the canvas.</div>
      )}
      <h3>Minimum confidence: {filters.minConfidence.toFixed(2)}</h3>
      <input
        type="range"
        aria-label="Minimum confidence"
        min={0}
        max={1}
        step={0.05}
        value={filters.minConfidence}
        onChange={(e) => setFilters(workbench, { minConfidence: Number(e.target.value) })}
      />
      <div className="row">
        <button
          type="button"
          disabled={!isActive(filters)}
          onClick={() => setFilters(workbench, DEFAULT_FILTERS)}
        >
          Reset filters
        </button>
        <button
          type="button"
          disabled={counts.hidden === 0}
          onClick={() => showAll(workbench)}
          title="Show hidden elements (Shift+H)"
        >
          Show hidden
        </button>
      </div>
      <div className="muted">{counts.hidden.toLocaleString('en-US')} elements hidden or filtered out.</div>
    </div>
  );
}
