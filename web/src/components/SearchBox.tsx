// Type-ahead search (debounced `search`, kind filter); Enter adds the hit, FrontCompany hits open their network.
import { useEffect, useRef, useState } from 'react';
import { MODEL } from '../../../model/index.js';
import { search } from '../api/search.js';
import type { SearchHit } from '../api/types.js';
import { useDebounced } from '../hooks/use-debounced.js';
import { addEntity } from '../state/add-entity.js';
import { openFrontCompanyNetwork } from '../state/clusters.js';
import { workbench } from '../state/workbench.js';
import { FlagChips } from './FlagChips.js';
import { KindSwatch } from './KindSwatch.js';

export function SearchBox() {
  const [text, setText] = useState('');
  const [kind, setKind] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const query = useDebounced(text.trim(), 200);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (query.length < 2) {
      setHits([]);
      return;
    }
    let current = true;
    search(query, kind ? [kind] : undefined, 20)
      .then((h) => {
        if (!current) return;
        setHits(h);
        setActive(0);
        setError(null);
      })
      .catch((e: Error) => current && setError(e.message));
    return () => {
      current = false;
    };
  }, [query, kind]);

  const choose = (hit: SearchHit | undefined, network = false) => {
    if (!hit) return;
    setOpen(false);
    input.current?.blur();
    void addEntity(workbench, hit).then(() =>
      network ? openFrontCompanyNetwork(workbench, hit.id) : undefined,
    );
  };

  const onKey = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter') choose(hits[active], e.shiftKey);
    else if (e.key === 'Escape') {
      setOpen(false);
      input.current?.blur();
    } else return;
    e.preventDefault();
  };

  return (
    <div className="search">
      <input
        ref={input}
        id="search-input"
        type="search"
        placeholder="Search names, wallets, serials…   /"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKey}
        aria-label="Search"
      />
      <select value={kind} onChange={(e) => setKind(e.target.value)} aria-label="Kind filter">
        <option value="">All kinds</option>
        {MODEL.kinds.map((k) => (
          <option key={k.name} value={k.name}>
            {k.name}
          </option>
        ))}
      </select>
      {open && (hits.length > 0 || error) && (
        <div className="hits" role="listbox">
          {error && <div className="hit error">{error}</div>}
          {hits.map((h, i) => (
            <div
              key={h.id}
              className={`hit${i === active ? ' active' : ''}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(h);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <KindSwatch kind={h.kind} />
              <span className="caption">{h.caption}</span>
              <FlagChips flags={h.flags} />
              <span className="kind">{h.kind}</span>
              {h.kind === 'FrontCompany' && (
                <button
                  type="button"
                  className="open-network"
                  onMouseDown={(e) => {
                    e.preventDefault();
                    e.stopPropagation();
                    choose(h, true);
                  }}
                >
                  Open network
                </button>
              )}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
