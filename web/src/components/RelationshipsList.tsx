// An entity's relationships; clicking the other end adds it to the canvas and focuses it.
import type { RelationshipView } from '../api/types.js';
import { addEntity } from '../state/add-entity.js';
import { workbench } from '../state/workbench.js';
import { KindSwatch } from './KindSwatch.js';

export function RelationshipsList({ items }: { items: RelationshipView[] }) {
  if (items.length === 0) return <div className="muted">None.</div>;
  return (
    <ul className="list">
      {items.map((r) => (
        <li key={r.edge.id}>
          <span
            className="mono"
            style={{ fontSize: 10, width: 104, flex: 'none', overflow: 'hidden', textOverflow: 'ellipsis' }}
            title={r.edge.type}
          >
            {r.direction === 'in' ? '←' : '→'} {r.edge.type}
          </span>
          <KindSwatch kind={r.other.kind} size={14} />
          <button
            type="button"
            className="link grow"
            style={{ textAlign: 'left', overflow: 'hidden', textOverflow: 'ellipsis' }}
            onClick={() => void addEntity(workbench, r.other)}
            title={r.other.caption}
          >
            {r.other.caption}
          </button>
        </li>
      ))}
    </ul>
  );
}
