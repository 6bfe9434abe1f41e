// Query results as text for the CLI: an aligned table, CSV, or the JSON the API returns.
import type { QueryResultJson } from './types.js';

const MAX_CELL = 60;

/** One cell as text: entities by caption, paths by length, lists joined. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cellText).join('; ');
  if (typeof value !== 'object') return String(value);
  const v = value as Record<string, unknown>;
  if (typeof v.caption === 'string') return v.kind ? `${v.caption} (${v.kind})` : v.caption;
  if (Array.isArray(v.edges) && typeof v.length === 'number') return `path of ${v.length}`;
  return JSON.stringify(value);
}

const clip = (text: string): string => (text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text);

export function formatTable(result: QueryResultJson): string {
  const cells = result.rows.map((row) =>
    result.columns.map((c) => clip(cellText(row[c])).replace(/\s+/g, ' ')),
  );
  const widths = result.columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]?.length ?? 0)));
  const line = (values: readonly string[]) =>
    values
      .map((v, i) => v.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const tail = `${result.rows.length} row(s)${result.truncated ? ', truncated at the row cap' : ''}, ${result.elapsedMs} ms`;
  return [line(result.columns), rule, ...cells.map(line), tail].join('\n');
}

const csvField = (text: string): string => (/[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

export function formatCsv(result: QueryResultJson): string {
  const lines = [result.columns, ...result.rows.map((row) => result.columns.map((c) => cellText(row[c])))];
  return `${lines.map((l) => l.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export const FORMATS = ['table', 'csv', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export function formatResult(result: QueryResultJson, format: Format): string {
  if (format === 'csv') return formatCsv(result);
  if (format === 'json') return JSON.stringify(result, null, 2);
  return formatTable(result);
}
