// Turns Neo4j values into plain JSON values: integers to numbers, temporals to ISO strings.
import neo4j from 'neo4j-driver';
import type { ExportValue } from './element-types.js';

export function toExportValue(value: unknown): ExportValue {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(toExportValue);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  // Temporal and spatial values print as ISO text; we store none, but an external database may.
  return String(value);
}
