// What an export covers: the whole graph, a saved investigation, a cluster, or a saved query's result.
import { badInput } from '../../errors/threadline-error.js';

export const SCOPE_KINDS = ['all', 'investigation', 'cluster', 'query'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

export type ExportScope =
  | { kind: 'all' }
  | { kind: 'investigation'; id: string }
  /** A front company's id (its network) or a community id (`com:…`). */
  | { kind: 'cluster'; id: string }
  | { kind: 'query'; name: string; params: Record<string, unknown> };

/** Loose input (GraphQL, HTTP, CLI) → a checked scope; BAD_USER_INPUT names the missing argument. */
export function checkScope(input: {
  kind: string;
  id?: string | null;
  name?: string | null;
  params?: unknown;
}): ExportScope {
  const need = (field: 'id' | 'name', value: string | null | undefined): string => {
    const text = value?.trim();
    if (!text) {
      throw badInput(`An export of scope ${input.kind} needs ${field}`, [
        { path: `scope.${field}`, message: 'required' },
      ]);
    }
    return text;
  };
  switch (input.kind) {
    case 'all':
      return { kind: 'all' };
    case 'investigation':
      return { kind: 'investigation', id: need('id', input.id) };
    case 'cluster':
      return { kind: 'cluster', id: need('id', input.id) };
    case 'query': {
      const params = input.params ?? {};
      if (typeof params !== 'object' || Array.isArray(params)) {
        throw badInput('Query parameters must be an object', [{ path: 'scope.params', message: 'object' }]);
      }
      return { kind: 'query', name: need('name', input.name), params: params as Record<string, unknown> };
    }
    default:
      throw badInput(`scope must be one of ${SCOPE_KINDS.join(', ')}`, [
        { path: 'scope.kind', message: `got "${input.kind}"` },
      ]);
  }
}

/** A short, file-name-safe description of the scope: `network-frc_1a2b`, `query-laptop-farms`, `all`. */
export function scopeSlug(scope: ExportScope): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9_.-]+/g, '_').slice(0, 60);
  switch (scope.kind) {
    case 'all':
      return 'all';
    case 'investigation':
      return `investigation-${safe(scope.id)}`;
    case 'cluster':
      return scope.id.startsWith('com:')
        ? `community-${safe(scope.id.slice(4))}`
        : `network-${safe(scope.id)}`;
    case 'query':
      return `query-${safe(scope.name)}`;
  }
}
