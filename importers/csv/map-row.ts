// One CSV row → entities and links, by the mapping; values typed by the model's property specs.
import { MODEL, type PropertySpec } from '../../model/index.js';
import type { At, CheckedPool, Ref } from '../jsonl/checked-pool.js';
import type { CsvMapping, ValueSource } from './mapping.js';

export type Row = Record<string, string | undefined>;

function scalar(text: string, spec: PropertySpec | undefined): unknown {
  if (spec?.type === 'float' || spec?.type === 'int') return text === '' ? undefined : Number(text);
  if (spec?.type === 'boolean')
    return /^(true|yes|1)$/i.test(text) ? true : /^(false|no|0)$/i.test(text) ? false : text;
  return text;
}

/** The typed value of one mapped property; undefined when the cell is empty (not stated). */
export function cellValue(source: ValueSource, row: Row, spec: PropertySpec | undefined): unknown {
  if (typeof source === 'object' && 'value' in source)
    return spec?.list ? [String(source.value)] : source.value;
  const column = typeof source === 'string' ? source : source.column;
  const text = (row[column] ?? '').trim();
  if (text === '') return undefined;
  if (spec?.list) {
    const split = typeof source === 'object' && 'split' in source ? source.split : ';';
    return text
      .split(split ?? ';')
      .map((v) => v.trim())
      .filter((v) => v !== '');
  }
  return scalar(text, spec);
}

function propertiesOf(sources: Record<string, ValueSource>, row: Row, specs: Record<string, PropertySpec>) {
  const out: Record<string, unknown> = {};
  for (const [name, source] of Object.entries(sources)) out[name] = cellValue(source, row, specs[name]);
  return out;
}

const fromColumns = (sources: Record<string, ValueSource>, values: Record<string, unknown>) =>
  Object.entries(sources).some(
    ([name, s]) => !(typeof s === 'object' && 'value' in s) && values[name] !== undefined,
  );

/** Adds the row's items to the pool. An entity whose columns are all empty is absent from this row. */
export function mapRow(mapping: CsvMapping, row: Row, pool: CheckedPool, at: At): void {
  const refs = new Map<string, Ref>();
  for (const [alias, entity] of Object.entries(mapping.entities)) {
    const props = propertiesOf(entity.properties, row, MODEL.kind(entity.kind).properties);
    if (!fromColumns(entity.properties, props)) continue;
    const ref = pool.entity(entity.kind, props, at);
    if (ref) refs.set(alias, ref);
  }
  for (const rel of mapping.relationships) {
    const from = refs.get(rel.from);
    const to = refs.get(rel.to);
    if (!from || !to) continue;
    pool.relationship(
      rel.type,
      from,
      to,
      propertiesOf(rel.properties, row, MODEL.relationship(rel.type).properties),
      at,
    );
  }
}
