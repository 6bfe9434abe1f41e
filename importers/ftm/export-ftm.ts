// Our entities → FtM JSON lines: things by export-things.ts, links folded back into FtM properties
// (email, phone, addressEntity, holder, entity) or written as interval entities.
import type { ExportNode, ExportRelationship, TextSink } from '../../server/interop/element-types.js';
import { kindOf } from '../../server/interop/element-types.js';
import { exportThing, texts } from './export-things.js';
import type { FtmEntity } from './ftm-entity.js';
import { INTERVALS, NATURE_OF } from './schemata.js';

const SCHEMA_OF_NATURE = new Map(Object.entries(NATURE_OF).map(([schema, nature]) => [nature, schema]));

/** Properties of the `from` end that a relationship type stands for. */
const FOLDED_ON_SOURCE: Record<string, (target: ExportNode) => [string, string[]] | undefined> = {
  CONTROLS: (t) => (t.properties.accountType === 'email' ? ['email', texts(t.properties.handle)] : undefined),
  HAS_PHONE: (t) => ['phone', texts(t.properties.number)],
  OPERATES: (t) => ['website', texts(t.properties.name)],
};

function add(entity: FtmEntity, property: string, values: string[]): void {
  entity.properties[property] = texts(entity.properties[property], values);
}

function interval(rel: ExportRelationship, from: FtmEntity, to: FtmEntity): FtmEntity {
  const p = rel.properties;
  const nature = typeof p.nature === 'string' ? p.nature : '';
  const schema =
    rel.type === 'OFFICER_OF'
      ? 'Directorship'
      : rel.type === 'EMPLOYED_BY'
        ? 'Employment'
        : rel.type === 'LINKED_TO'
          ? (SCHEMA_OF_NATURE.get(nature) ?? 'UnknownLink')
          : 'UnknownLink';
  const ends = INTERVALS[schema] as { source: string; target: string };
  const role = schema === 'UnknownLink' ? texts(rel.type === 'LINKED_TO' ? nature : rel.type) : texts(p.role);
  const dates =
    schema === 'Payment' ? { date: texts(p.from) } : { startDate: texts(p.from), endDate: texts(p.to) };
  const properties = { [ends.source]: [from.id], [ends.target]: [to.id], role, ...dates };
  return {
    id: rel.ref,
    schema,
    properties: Object.fromEntries(Object.entries(properties).filter(([, v]) => v.length > 0)),
  };
}

/** The FtM entities for a set of our nodes and the relationships between them. */
export function toFtm(nodes: readonly ExportNode[], rels: readonly ExportRelationship[]): FtmEntity[] {
  const byRef = new Map(nodes.map((n) => [n.ref, n]));
  const things = new Map<string, FtmEntity>();
  for (const node of nodes) {
    const thing = exportThing(node);
    if (thing) things.set(node.ref, thing);
  }
  const intervals: FtmEntity[] = [];
  for (const rel of rels) {
    const source = things.get(rel.from);
    const target = things.get(rel.to);
    const targetNode = byRef.get(rel.to);
    const folded = targetNode && FOLDED_ON_SOURCE[rel.type]?.(targetNode);
    if (source && folded) add(source, ...folded);
    else if (source && targetNode && rel.type === 'LINKED_TO' && rel.properties.nature === 'phone')
      add(source, 'phone', texts(targetNode.properties.number));
    else if (!source || !target) continue;
    else if (rel.type === 'CONTROLS' && kindOf(targetNode as ExportNode) === 'Wallet')
      add(target, 'holder', [source.id]);
    else if (rel.type === 'RESIDES_AT' || rel.type === 'LOCATED_AT')
      add(source, 'addressEntity', [target.id]);
    else if (rel.type === 'SANCTIONED_UNDER') add(target, 'entity', [source.id]);
    else intervals.push(interval(rel, source, target));
  }
  return [...things.values(), ...intervals];
}

/** Writes FtM JSON lines, one entity per line, things before intervals (as FtM tools expect). */
export async function writeFtm(entities: readonly FtmEntity[], sink: TextSink): Promise<number> {
  for (const entity of entities) await sink.write(`${JSON.stringify(entity)}\n`);
  return entities.length;
}
