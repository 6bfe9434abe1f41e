// Turning form text into typed query parameters, from the parameter's declared type.
import type { QueryParameter } from '../api/types.js';

export type FieldKind = 'number' | 'boolean' | 'list' | 'date' | 'kind' | 'id' | 'text';

export function fieldKind(p: QueryParameter): FieldKind {
  const t = p.type.toLowerCase();
  if (t.includes('list') || t.includes('[')) return 'list';
  if (/int|float|number|long|double/.test(t)) return 'number';
  if (t.includes('bool')) return 'boolean';
  if (t === 'date' || t === 'datetime') return 'date';
  if (t === 'kind') return 'kind';
  if (t === 'id') return 'id';
  return 'text';
}

export function initialText(p: QueryParameter): string {
  if (p.default == null) return '';
  return Array.isArray(p.default) ? p.default.join(', ') : String(p.default);
}

export function toParams(params: QueryParameter[], text: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of params) {
    const raw = (text[p.name] ?? '').trim();
    if (raw === '') continue;
    const kind = fieldKind(p);
    if (kind === 'number') out[p.name] = Number(raw);
    else if (kind === 'boolean') out[p.name] = raw === 'true';
    else if (kind === 'list')
      out[p.name] = raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    else out[p.name] = raw;
  }
  return out;
}
