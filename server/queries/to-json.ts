// Driver values as plain JSON: Integers as numbers, temporals as ISO strings, graph values in canvas shape.
import neo4j from 'neo4j-driver';
import type { GraphIndex } from './collect-graph.js';

function integer(value: { toNumber(): number; toString(): string; inSafeRange(): boolean }) {
  // Beyond 2^53 a number would silently change; the exact digits as a string are honest.
  return value.inSafeRange() ? value.toNumber() : value.toString();
}

const isTemporal = (v: unknown): boolean =>
  neo4j.isDate(v) ||
  neo4j.isDateTime(v) ||
  neo4j.isLocalDateTime(v) ||
  neo4j.isTime(v) ||
  neo4j.isLocalTime(v) ||
  neo4j.isDuration(v);

/** One value of a row; nodes and relationships outside the model keep their labels and properties. */
export function toJson(value: unknown, graph: GraphIndex): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value !== 'object') return value;
  if (neo4j.isInt(value)) return integer(value);
  if (isTemporal(value)) return String(value);
  if (neo4j.isPoint(value))
    return { srid: integer(neo4j.int(value.srid)), x: value.x, y: value.y, z: value.z };
  if (neo4j.isNode(value)) {
    return (
      graph.nodes.get(value.elementId) ?? {
        labels: value.labels,
        properties: toJson(value.properties, graph),
      }
    );
  }
  if (neo4j.isRelationship(value)) {
    return (
      graph.edges.get(value.elementId) ?? { type: value.type, properties: toJson(value.properties, graph) }
    );
  }
  if (neo4j.isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map((s) => s.end)].map((n) => toJson(n, graph)),
      edges: value.segments.map((s) => toJson(s.relationship, graph)),
      length: value.length,
    };
  }
  if (value instanceof Int8Array || value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (Array.isArray(value)) return value.map((item) => toJson(item, graph));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v, graph)]));
}
