// The shape of the public-facts dataset: facts with their sources and a V/U grade, before they become a batch.
import type { Grade } from '../../model/index.js';

/** V: stated by a government release, a major outlet or the list itself; U: weak or secondary only. */
export type FactGrade = 'V' | 'U';

export const GRADE_OF: Record<FactGrade, Grade> = { V: 'confirmed', U: 'unverified' };

export interface SourceFact {
  title: string;
  publisher: string;
  sourceType: 'indictment' | 'press-release' | 'news' | 'list' | 'research';
  /** YYYY, YYYY-MM or YYYY-MM-DD: only as precise as the source tells. */
  publishedOn: string;
  url?: string;
  /** Admiralty reliability of the publisher (A government, B major outlet, C research). */
  reliability: 'A' | 'B' | 'C';
}

/** An entity reference by its natural key, exactly as an importer of the same list would build it. */
export interface FactRef {
  kind: string;
  key: Record<string, string>;
}

export interface FactEntity<S extends string = string> {
  kind: string;
  properties: Record<string, string | number | boolean | string[]>;
  sources: readonly S[];
  grade: FactGrade;
  /**
   * Figures the sources state about this entity (counts, amounts, periods). Kept as data, never as fake
   * nodes; written as the `notes` property once the model declares one (see docs/seed.md).
   */
  figures?: Readonly<Record<string, string | number>>;
}

export interface FactLink<S extends string = string> {
  type: string;
  from: FactRef;
  to: FactRef;
  properties?: Record<string, string | number | boolean | string[]>;
  sources: readonly S[];
  grade: FactGrade;
}

export interface FactSet<S extends string = string> {
  entities: readonly FactEntity<S>[];
  links: readonly FactLink<S>[];
}
