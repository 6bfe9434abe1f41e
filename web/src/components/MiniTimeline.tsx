// A strip of dated events (money flows taller), with first and last date; hover shows what happened.
import type { TimelineEvent } from '../api/types.js';

export function MiniTimeline({ events }: { events: TimelineEvent[] }) {
  const dated = events.filter((e) => !Number.isNaN(Date.parse(e.date)));
  if (dated.length === 0) return <div className="muted">No dated events.</div>;
  const times = dated.map((e) => Date.parse(e.date));
  const min = Math.min(...times);
  const max = Math.max(...times);
  const span = Math.max(1, max - min);
  return (
    <div className="timeline" data-testid="timeline">
      {dated.map((e, i) => (
        <span
          key={`${e.edgeId}-${e.date}`}
          className={`tick${e.amount != null ? ' money' : ''}`}
          style={{ left: `calc(${(((times[i] ?? min) - min) / span) * 100}% - 1px)` }}
          title={`${e.date.slice(0, 10)} ${e.type} ${e.direction === 'in' ? 'from' : 'to'} ${e.other.caption}${e.amount != null ? ` · ${e.amount.toLocaleString('en-US')} ${e.currency ?? ''}` : ''}`}
        />
      ))}
      <span className="axis" style={{ left: 0 }}>
        {new Date(min).toISOString().slice(0, 10)}
      </span>
      <span className="axis" style={{ right: 0 }}>
        {new Date(max).toISOString().slice(0, 10)}
      </span>
    </div>
  );
}
