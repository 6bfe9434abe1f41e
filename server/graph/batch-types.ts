// The shape of a write batch after validation: what the upsert writes, whoever sent it.

export type PropertyValue = string | number | boolean | string[] | number[];
export type Properties = Record<string, PropertyValue>;

export interface EntityRecord {
  kind: string;
  id: string;
  properties: Properties;
}

export interface EntityRef {
  kind: string;
  id: string;
}

export interface RelationshipRecord {
  type: string;
  id: string;
  from: EntityRef;
  to: EntityRef;
  properties: Properties;
}

export interface Batch {
  entities: EntityRecord[];
  relationships: RelationshipRecord[];
}

/** Who writes, and when: recorded in `origins` and the timestamps of every fact written. */
export interface WriteContext {
  /** e.g. `seed:public-facts`, `import:ofac`, `integration:acme`. */
  origin: string;
  /** ISO timestamp of the write; defaults to now. */
  now?: string;
  /** Sources added to every fact of the batch that names none of its own. */
  defaultSourceIds?: string[];
}

export type WriteStatus = 'created' | 'updated' | 'unchanged';

export interface WriteSummary {
  entities: Record<WriteStatus, number>;
  relationships: Record<WriteStatus, number>;
  /** Status per entity id, in input order, for importers' reports (a merged record's under its survivor). */
  entityStatus: Map<string, WriteStatus>;
  /** Merged ids the batch named → the survivor their facts were written to (server/graph/follow-merges.ts). */
  survivors: ReadonlyMap<string, string>;
}
