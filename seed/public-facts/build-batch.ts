// Turns the fact sets into one raw write batch: Sources first, then entities, then links, each with provenance.
import { MODEL } from '../../model/index.js';
import type { RawBatch, RawEntity, RawRelationship } from '../../server/graph/validate-batch.js';
import { SOURCES, type SourceHandle, sourceId } from './sources.js';
import { type FactEntity, type FactSet, GRADE_OF } from './types.js';

/** The property figures go to, when the model declares it (docs/seed.md, "Figures"). */
export const FIGURES_PROPERTY = 'notes';

function figuresText(figures: Readonly<Record<string, string | number>>): string {
  return Object.entries(figures)
    .map(([name, value]) => `${name}: ${value}`)
    .join('; ');
}

function entityProperties(entity: FactEntity<SourceHandle>): Record<string, unknown> {
  const properties: Record<string, unknown> = {
    ...entity.properties,
    sourceIds: entity.sources.map(sourceId),
    grade: GRADE_OF[entity.grade],
  };
  if (entity.figures && MODEL.kind(entity.kind).properties[FIGURES_PROPERTY]) {
    properties[FIGURES_PROPERTY] = figuresText(entity.figures);
  }
  return properties;
}

function sourceEntities(): RawEntity[] {
  return Object.values(SOURCES).map((source) => ({
    kind: 'Source',
    properties: { ...source, grade: 'confirmed' },
  }));
}

/** One batch holding every public fact (a few hundred items: far below the batch limit). */
export function buildPublicFactsBatch(sets: readonly FactSet<SourceHandle>[]): RawBatch {
  const entities: RawEntity[] = [...sourceEntities()];
  const relationships: RawRelationship[] = [];
  for (const set of sets) {
    for (const entity of set.entities)
      entities.push({ kind: entity.kind, properties: entityProperties(entity) });
    for (const fact of set.links) {
      relationships.push({
        type: fact.type,
        from: fact.from,
        to: fact.to,
        properties: {
          ...fact.properties,
          sourceIds: fact.sources.map(sourceId),
          grade: GRADE_OF[fact.grade],
        },
      });
    }
  }
  return { entities, relationships };
}
