// The legend, from the model: kinds and relationship types present on the canvas, and the flag badges.
import { useState } from 'react';
import { MODEL } from '../../../model/index.js';
import { BADGES } from '../graph/node-image.js';
import { useUi } from '../hooks/use-ui.js';
import { toggleKind } from '../state/filter-ops.js';
import { workbench } from '../state/workbench.js';
import { KindSwatch } from './KindSwatch.js';

function present(): { kinds: Map<string, number>; types: Set<string> } {
  const kinds = new Map<string, number>();
  const types = new Set<string>();
  if (!workbench.mounted) return { kinds, types };
  const cy = workbench.cy;
  cy.nodes().forEach((n) => {
    const k = n.data('kind');
    if (typeof k === 'string') kinds.set(k, (kinds.get(k) ?? 0) + 1);
  });
  cy.edges().forEach((e) => void types.add(String(e.data('type'))));
  return { kinds, types };
}

export function Legend() {
  useUi((s) => s.counts);
  const hiddenKinds = useUi((s) => s.filters.hiddenKinds);
  const [open, setOpen] = useState(true);
  // Up to 17 relationship types: folded by default so the legend does not cover the canvas.
  const [links, setLinks] = useState(false);
  const { kinds, types } = present();
  if (kinds.size === 0) return null;
  return (
    <div className="legend" data-testid="legend">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <strong>Legend</strong>
        <button type="button" className="link" onClick={() => setOpen(!open)}>
          {open ? 'hide' : 'show'}
        </button>
      </div>
      {open && (
        <>
          <div className="kinds">
            {MODEL.kinds
              .filter((k) => kinds.has(k.name))
              .map((k) => (
                <button
                  type="button"
                  key={k.name}
                  className={`item${hiddenKinds.includes(k.name) ? ' off' : ''}`}
                  onClick={() => toggleKind(workbench, k.name)}
                  aria-pressed={!hiddenKinds.includes(k.name)}
                  title="Click to show or hide this kind"
                >
                  <KindSwatch kind={k.name} size={14} />
                  <span className="grow">{k.name}</span>
                  <span className="muted">{kinds.get(k.name)}</span>
                </button>
              ))}
          </div>
          <button type="button" className="link" onClick={() => setLinks(!links)}>
            {links ? '▾' : '▸'} Links ({types.size})
          </button>
          {links &&
            MODEL.relationships
              .filter((r) => types.has(r.name))
              .map((r) => (
                <div key={r.name} className="item" title={r.description}>
                  <span
                    className="line"
                    style={{ borderTopColor: r.style.color, borderTopStyle: r.style.lineStyle ?? 'solid' }}
                  />
                  <span className="grow mono" style={{ fontSize: 10 }}>
                    {r.name}
                  </span>
                </div>
              ))}
          <div className="row wrap" style={{ marginTop: 4 }}>
            {BADGES.map((b) => (
              <span key={b.flag} className="row" title={b.title}>
                <span className="badge" style={{ background: b.color }}>
                  {b.letter === '~' ? '≈' : b.letter}
                </span>
                <span className="muted">{b.flag}</span>
              </span>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
