// Threadline JSON Lines (an entity export) → write records: model properties only, system ones dropped.
import { MODEL } from '../../model/index.js';
import { badInput, ThreadlineError } from '../../server/errors/threadline-error.js';
import type { EntityRecord, RelationshipRecord } from '../../server/graph/batch-types.js';
import { INPUT_PROVENANCE, validateBatch } from '../../server/graph/validate-batch.js';
import type { ExportValue } from '../../server/interop/element-types.js';
import { kindOf } from '../../server/interop/element-types.js';
import { JSONL_FORMAT, type JsonlLine } from '../../server/interop/jsonl-format.js';
import type { IssueLog } from '../shared/issues.js';
import type { NumberedLine } from './read-lines.js';

/** A validated record and the origins it had, which the import keeps (a file is a transport, not a source). */
export interface Carried<T> {
  record: T;
  origins: string[];
}

const KIND_OF_PREFIX = new Map(MODEL.kinds.map((k) => [k.idPrefix, k.name]));

/** Own properties and the provenance an input may state; id, kind, timestamps, searchText, origins go. */
function inputProperties(props: Record<string, ExportValue>, own: readonly string[]) {
  const keep = new Set<string>([...own, ...INPUT_PROVENANCE]);
  return Object.fromEntries(Object.entries(props).filter(([k, v]) => keep.has(k) && v !== null));
}

const originsOf = (props: Record<string, ExportValue>): string[] =>
  Array.isArray(props.origins) ? props.origins.map(String) : [];

export function readJsonlRecords(lines: readonly NumberedLine[], file: string, issues: IssueLog) {
  const header = lines[0] ? safeParse(lines[0].text) : undefined;
  if ((header as { format?: string } | undefined)?.format !== JSONL_FORMAT) {
    throw badInput(`${file}: not a Threadline JSON Lines file (no "${JSONL_FORMAT}" header line)`);
  }
  const entities: Carried<EntityRecord>[] = [];
  const relationships: Carried<RelationshipRecord>[] = [];
  const kindOfRef = new Map<string, string>();
  let skipped = 0;
  for (const { line, text } of lines.slice(1)) {
    const item = safeParse(text) as JsonlLine | undefined;
    const at = { file, line };
    try {
      if (item?.t === 'node') {
        const kind = kindOf(item);
        if (!MODEL.isKind(kind)) throw badInput(`unknown kind "${kind}"`);
        const properties = inputProperties(item.properties, MODEL.kind(kind).own);
        const [record] = validateBatch({ entities: [{ kind, properties }] }).entities;
        if (record) entities.push({ record, origins: originsOf(item.properties) });
        kindOfRef.set(item.ref, kind);
      } else if (item?.t === 'rel') {
        if (!MODEL.isRelationship(item.type)) throw badInput(`unknown relationship type "${item.type}"`);
        const end = (ref: string) => ({
          kind: kindOfRef.get(ref) ?? KIND_OF_PREFIX.get(ref.split('_')[0] ?? '') ?? '',
          id: ref,
        });
        const properties = inputProperties(item.properties, MODEL.relationship(item.type).own);
        const raw = { type: item.type, from: end(item.from), to: end(item.to), properties };
        const [record] = validateBatch({ relationships: [raw] }).relationships;
        if (record) relationships.push({ record, origins: originsOf(item.properties) });
      } else {
        throw badInput(item ? 'neither a node nor a relationship' : 'not JSON');
      }
    } catch (error) {
      if (!(error instanceof ThreadlineError)) throw error;
      issues.add({ ...at, code: 'MALFORMED_ROW', message: error.details[0]?.message ?? error.message });
      skipped += 1;
    }
  }
  return { entities, relationships, skipped, records: lines.length - 1 };
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
