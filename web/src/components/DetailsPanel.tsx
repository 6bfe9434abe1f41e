// Details of the focused entity: header, actions, properties (masked as masked), sources, relationships, timeline.
import { useEffect, useState } from 'react';
import { entity } from '../api/search.js';
import type { Entity } from '../api/types.js';
import { useUi } from '../hooks/use-ui.js';
import { workbench } from '../state/workbench.js';
import { EntityActions } from './EntityActions.js';
import { FlagChips } from './FlagChips.js';
import { GroupDetails } from './GroupDetails.js';
import { KindSwatch } from './KindSwatch.js';
import { MiniTimeline } from './MiniTimeline.js';
import { PropertiesTable } from './PropertiesTable.js';
import { RelationshipsList } from './RelationshipsList.js';
import { SourcesList } from './SourcesList.js';

export function DetailsPanel() {
  const focus = useUi((s) => s.focus);
  const selected = useUi((s) => s.selected);
  const [data, setData] = useState<Entity | null>(null);
  const [error, setError] = useState<string | null>(null);
  const groupId = selected.length === 1 && selected[0]?.startsWith('group:') ? selected[0] : null;

  useEffect(() => {
    setData(null);
    setError(null);
    if (!focus) return;
    let current = true;
    entity(focus)
      .then((e) => current && (e ? setData(e) : setError('Not found: it may have been merged or retracted')))
      .catch((e: Error) => current && setError(e.message));
    return () => {
      current = false;
    };
  }, [focus]);

  if (groupId && workbench.mounted) return <GroupDetails id={groupId} />;
  if (!focus) {
    return (
      <div className="panel muted">
        <h3>Details</h3>
        Click a node to see its properties, sources, relationships and timeline.
      </div>
    );
  }
  if (error) return <div className="panel error">{error}</div>;
  if (!data) return <div className="panel muted">Loading…</div>;
  return (
    <div className="panel" data-testid="details">
      <div className="row" style={{ alignItems: 'flex-start' }}>
        <KindSwatch kind={data.kind} size={22} />
        <div className="grow">
          <div className="title">{data.caption}</div>
          <div className="row wrap muted">
            {data.kind} {data.grade && <span className="grade">{data.grade}</span>}{' '}
            <FlagChips flags={data.flags} />
          </div>
        </div>
      </div>
      <EntityActions entity={data} />
      <h3>Properties</h3>
      <PropertiesTable id={data.id} properties={data.properties} masked={data.masked} />
      <h3>Sources ({data.sources.length})</h3>
      <SourcesList sources={data.sources} />
      <h3>Timeline</h3>
      <MiniTimeline events={data.timeline} />
      <h3>Relationships ({data.relationships.length})</h3>
      <RelationshipsList items={data.relationships} />
    </div>
  );
}
