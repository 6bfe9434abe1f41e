// Cypher fragments every read shares: what is visible, and how nodes and edges are projected.
// Kind, property and type names come from the model only (validated identifiers); values are parameters.
import { MODEL } from '../../model/index.js';

/** Hidden from default views: retracted facts and entities merged into another. */
export const visibleNode = (n: string): string =>
  `coalesce(${n}.retracted, false) = false AND ${n}.mergedInto IS NULL`;

export const visibleEdge = (r: string): string => `coalesce(${r}.retracted, false) = false`;

const captionOf = (n: string, k: (typeof MODEL.kinds)[number]): string =>
  k.captionFallback ? `coalesce(${n}.${k.caption}, ${n}.${k.captionFallback})` : `${n}.${k.caption}`;

const captionCase = (n: string): string =>
  `CASE ${n}.kind ${MODEL.kinds.map((k) => `WHEN '${k.name}' THEN ${captionOf(n, k)}`).join(' ')} END`;

/** The row shaped into a canvas node by toNode(); `sanctioned` is an existence check, not a traversal. */
export const nodeProjection = (n: string): string =>
  `{id: ${n}.id, kind: ${n}.kind, caption: ${captionCase(n)}, grade: ${n}.grade, ` +
  `synthetic: ${n}.synthetic, victim: ${n}.victim, retracted: ${n}.retracted, ` +
  `merged: ${n}.mergedInto IS NOT NULL, sanctioned: EXISTS { (${n})-[:SANCTIONED_UNDER]->() }}`;

const DATED = MODEL.relationships.filter((r) => r.dated);
const AMOUNTS = MODEL.relationships.filter((r) => r.amount);

/** The relationship's date: the property the model names in `dated.from`. */
export const edgeDate = (r: string): string =>
  `CASE type(${r}) ${DATED.map((t) => `WHEN '${t.name}' THEN ${r}.${t.dated?.from}`).join(' ')} END`;

const edgeAmount = (r: string): string =>
  `CASE type(${r}) ${AMOUNTS.map((t) => `WHEN '${t.name}' THEN ${r}.${t.amount}`).join(' ')} END`;

/** The row shaped into a canvas edge by toEdge(). */
export const edgeProjection = (r: string): string =>
  `{id: ${r}.id, type: type(${r}), source: startNode(${r}).id, target: endNode(${r}).id, ` +
  `date: ${edgeDate(r)}, amount: ${edgeAmount(r)}, currency: coalesce(${r}.currency, ${r}.asset), ` +
  `confidence: ${r}.confidence, grade: ${r}.grade, synthetic: ${r}.synthetic, retracted: ${r}.retracted}`;

/** Relationship types with a date, for timelines. */
export const DATED_TYPES = DATED.map((t) => t.name);
