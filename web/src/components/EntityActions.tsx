// Actions on the focused entity: expand (optionally by kind or relationship type), open network, path ends.
import { useState } from 'react';
import { MODEL } from '../../../model/index.js';
import type { Entity } from '../api/types.js';
import { useUi } from '../hooks/use-ui.js';
import { openFrontCompanyNetwork } from '../state/clusters.js';
import { expand } from '../state/expand.js';
import { findPaths } from '../state/paths.js';
import { workbench } from '../state/workbench.js';

export function EntityActions({ entity }: { entity: Entity }) {
  const [kind, setKind] = useState('');
  const [type, setType] = useState('');
  const pathFrom = useUi((s) => s.pathFrom);
  // Only relationship types this kind can take part in: the model says which.
  const types = MODEL.relationships.filter((r) => r.from.includes(entity.kind) || r.to.includes(entity.kind));
  return (
    <div className="stack" style={{ marginTop: 8 }}>
      <div className="row">
        <button
          type="button"
          className="primary"
          onClick={() =>
            void expand(workbench, [entity.id], {
              kinds: kind ? [kind] : undefined,
              relationshipTypes: type ? [type] : undefined,
            })
          }
          title="Expand neighbours (E, or double-click)"
        >
          Expand
        </button>
        <select
          className="grow"
          value={kind}
          onChange={(e) => setKind(e.target.value)}
          aria-label="Expand to kind"
        >
          <option value="">any kind</option>
          {MODEL.kinds.map((k) => (
            <option key={k.name}>{k.name}</option>
          ))}
        </select>
        <select
          className="grow"
          value={type}
          onChange={(e) => setType(e.target.value)}
          aria-label="Expand along relationship"
        >
          <option value="">any link</option>
          {types.map((r) => (
            <option key={r.name}>{r.name}</option>
          ))}
        </select>
      </div>
      <div className="row wrap">
        {entity.kind === 'FrontCompany' && (
          <button type="button" onClick={() => void openFrontCompanyNetwork(workbench, entity.id)}>
            Open network
          </button>
        )}
        {pathFrom && pathFrom !== entity.id ? (
          <button
            type="button"
            onClick={() =>
              void findPaths(workbench, pathFrom, entity.id).then(() =>
                workbench.store.set({ pathFrom: null }),
              )
            }
          >
            Paths from picked node to here
          </button>
        ) : (
          <button
            type="button"
            onClick={() => workbench.store.set({ pathFrom: entity.id })}
            disabled={pathFrom === entity.id}
          >
            {pathFrom === entity.id ? 'Path start picked' : 'Path from here'}
          </button>
        )}
      </div>
    </div>
  );
}
