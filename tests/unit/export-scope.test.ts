// Export scopes from loose input, their file names, and what an export shows of a victim.
import { describe, expect, it } from 'vitest';
import { exportFilename } from '../../server/interop/export-files.js';
import { maskNode } from '../../server/interop/mask-export.js';
import { checkScope, scopeSlug } from '../../server/interop/scope/export-scope.js';
import { MASK } from '../../server/read/privacy.js';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { code?: string; details?: { path?: string }[] }).details?.[0]?.path;
  }
  return 'no error';
};

describe('export scopes', () => {
  it('checks each kind for the argument it needs, naming it', () => {
    expect(checkScope({ kind: 'cluster', id: ' frc_1 ' })).toEqual({ kind: 'cluster', id: 'frc_1' });
    expect(checkScope({ kind: 'query', name: 'laptop-farms' })).toEqual({
      kind: 'query',
      name: 'laptop-farms',
      params: {},
    });
    expect(codeOf(() => checkScope({ kind: 'investigation' }))).toBe('scope.id');
    expect(codeOf(() => checkScope({ kind: 'query', name: '' }))).toBe('scope.name');
    expect(codeOf(() => checkScope({ kind: 'query', name: 'q', params: [1] }))).toBe('scope.params');
    expect(codeOf(() => checkScope({ kind: 'everything' }))).toBe('scope.kind');
  });

  it('names files after the scope, safely', () => {
    expect(exportFilename('graphml', scopeSlug({ kind: 'cluster', id: 'frc_12ab' }))).toBe(
      'threadline-network-frc_12ab.graphml',
    );
    expect(exportFilename('gexf', scopeSlug({ kind: 'cluster', id: 'com:louvain:Worker:wrk_1' }))).toBe(
      'threadline-community-louvain_Worker_wrk_1.gexf',
    );
    expect(exportFilename('csv', scopeSlug({ kind: 'investigation', id: 'a/../b"c' }), 'edges')).toBe(
      'threadline-investigation-a_.._b_c-edges.csv',
    );
    expect(exportFilename('jsonl', scopeSlug({ kind: 'all' }))).toBe('threadline-all.jsonl');
  });

  it("masks a victim's personal properties unless the caller may unmask, and always drops search text", () => {
    const victim = {
      ref: 'idn_1',
      labels: ['Entity', 'Identity'],
      properties: {
        id: 'idn_1',
        kind: 'Identity',
        name: 'A Person',
        birthDate: '1990-01-01',
        victim: true,
        searchText: 'a person',
      },
    };
    const masked = maskNode(victim, false).properties;
    expect(masked).toMatchObject({ id: 'idn_1', name: MASK, birthDate: MASK, victim: true });
    expect(masked.searchText).toBeUndefined();
    expect(maskNode(victim, true).properties).toMatchObject({ name: 'A Person', birthDate: '1990-01-01' });
  });
});
