// The canvas style comes from the model: every kind and relationship type is styled, every icon has a glyph.
import { describe, expect, it } from 'vitest';
import { MODEL } from '../../model/index.js';
import { hasGlyph } from '../../web/src/graph/icons.js';
import { nodeImage } from '../../web/src/graph/node-image.js';
import { amountWidth, buildStylesheet } from '../../web/src/graph/stylesheet.js';

const selectors = (buildStylesheet() as { selector: string }[]).map((b) => b.selector);

describe('stylesheet from the model', () => {
  it('styles every kind with its colour and shape', () => {
    for (const k of MODEL.kinds) expect(selectors).toContain(`node[kind = "${k.name}"]`);
  });

  it('styles every relationship type, and money flows by amount', () => {
    for (const r of MODEL.relationships) expect(selectors).toContain(`edge[type = "${r.name}"]`);
    for (const r of MODEL.relationships.filter((x) => x.amount))
      expect(selectors).toContain(`edge[type = "${r.name}"][amount]`);
  });

  it('has a glyph for every icon the model names', () => {
    expect(MODEL.kinds.filter((k) => !hasGlyph(k.style.icon)).map((k) => k.style.icon)).toEqual([]);
  });

  it('draws flag badges into the node image, one per flag, cached', () => {
    const plain = nodeImage('wallet', []);
    const flagged = nodeImage('wallet', ['sanctioned', 'victim']);
    expect(decodeURIComponent(flagged).match(/<circle/g)).toHaveLength(2);
    expect(decodeURIComponent(plain)).not.toContain('<circle');
    expect(nodeImage('wallet', ['sanctioned', 'victim'])).toBe(flagged);
  });

  it('widens edges with the amount on a log scale, bounded', () => {
    expect(amountWidth(null)).toBe(1.5);
    expect(amountWidth(1000)).toBeGreaterThan(amountWidth(10));
    expect(amountWidth(1e12)).toBe(12);
  });
});
