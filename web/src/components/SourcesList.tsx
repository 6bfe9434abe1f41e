// Sources backing an entity, with their reliability grade and a link when there is one.
import type { SourceRef } from '../api/types.js';

export function SourcesList({ sources }: { sources: SourceRef[] }) {
  if (sources.length === 0) return <div className="muted">No source recorded.</div>;
  return (
    <ul className="list">
      {sources.map((s) => (
        <li key={s.id}>
          <span className="grade" title="Source reliability (A = completely reliable … F = cannot be judged)">
            {s.reliability ?? '–'}
          </span>
          <span className="grow" title={`${s.title} — ${s.publisher}`}>
            {s.url ? (
              <a href={s.url} target="_blank" rel="noreferrer noopener">
                {s.title}
              </a>
            ) : (
              s.title
            )}
            <span className="muted">
              {' '}
              · {s.publisher}
              {s.publishedOn ? ` · ${s.publishedOn}` : ''}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}
