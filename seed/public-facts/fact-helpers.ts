// Small constructors that keep the fact files short and uniform.
import { MODEL } from '../../model/index.js';
import { announced } from './names.js';
import type { SourceHandle } from './sources.js';
import type { FactEntity, FactGrade, FactLink, FactRef } from './types.js';

export type Fact = FactEntity<SourceHandle>;
export type Link = FactLink<SourceHandle>;
type Props = Record<string, string | number | boolean | string[]>;

export function fact(
  kind: string,
  properties: Props,
  sources: readonly SourceHandle[],
  options: { grade?: FactGrade; figures?: Record<string, string | number> } = {},
): FactEntity<SourceHandle> {
  return {
    kind,
    properties,
    sources,
    grade: options.grade ?? 'V',
    ...(options.figures && { figures: options.figures }),
  };
}

export function link(
  type: string,
  from: FactRef,
  to: FactRef,
  sources: readonly SourceHandle[],
  options: { grade?: FactGrade; properties?: Props } = {},
): FactLink<SourceHandle> {
  return {
    type,
    from,
    to,
    sources,
    grade: options.grade ?? 'V',
    ...(options.properties && { properties: options.properties }),
  };
}

/** The reference to an entity declared with `fact`, built from its kind's key properties in the model. */
export function refOf(entity: FactEntity): FactRef {
  const key: Record<string, string> = {};
  for (const { property } of MODEL.kind(entity.kind).key) {
    const value = entity.properties[property];
    if (value !== undefined) key[property] = String(value);
  }
  return { kind: entity.kind, key };
}

/**
 * A designated entity's Sanction and its SANCTIONED_UNDER link, for a designation known from a Treasury
 * announcement only (see ANNOUNCED_DESIGNATION).
 */
export function announcedDesignation(
  entity: Fact,
  date: string,
  sources: readonly SourceHandle[],
): { sanction: Fact; link: Link } {
  const listedName = String(entity.properties.name);
  const key = announced(date, listedName).key;
  const remarks = 'SDN entry number not in the project list copies; keyed by date and listed name';
  return {
    sanction: fact('Sanction', { ...key, listedName, listedOn: date, status: 'active', remarks }, sources),
    link: link('SANCTIONED_UNDER', refOf(entity), { kind: 'Sanction', key }, sources, {
      properties: { on: date },
    }),
  };
}
