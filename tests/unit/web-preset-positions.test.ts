// Positions given at add time: an expansion's rings around the anchor, a big graph's cluster layout on an
// empty canvas, and nothing (placeNew's job after adding) for the other cases. Headless Cytoscape, no browser.
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { presetPositions } from '../../web/src/graph/preset-positions.js';

const node = (id: string): ElementDefinition => ({ group: 'nodes', data: { id } });
const edge = (source: string, target: string): ElementDefinition => ({
  group: 'edges',
  data: { id: `${source}-${target}`, source, target },
});

describe('preset positions', () => {
  it('puts an expansion on rings around the anchor and leaves nodes already on the canvas alone', () => {
    const cy = cytoscape({ headless: true, elements: [node('a'), node('b')] });
    // Set after construction: the constructor's default layout would move it.
    cy.getElementById('a').position({ x: 100, y: 50 });
    const defs = [node('a'), node('b'), node('n1'), node('n2'), node('n3'), edge('a', 'n1')];
    expect(presetPositions(cy, defs, cy.getElementById('a'))).toBe(true);
    expect(defs[0]?.position).toBeUndefined();
    expect(defs[1]?.position).toBeUndefined();
    for (const d of defs.slice(2, 5)) {
      const p = d.position ?? { x: 0, y: 0 };
      expect(Math.hypot(p.x - 100, p.y - 50)).toBeCloseTo(90);
    }
  });

  it('lays out a big graph on an empty canvas: every new node placed, no two on one spot', () => {
    const cy = cytoscape({ headless: true });
    const ids = Array.from({ length: 450 }, (_, i) => `n${i}`);
    const defs = [...ids.map(node), ...ids.slice(1).map((id, i) => edge(`n${Math.floor(i / 10) * 10}`, id))];
    expect(presetPositions(cy, defs)).toBe(true);
    const spots = new Set(
      defs
        .filter((d) => d.group === 'nodes')
        .map((d) => `${Math.round(d.position?.x ?? NaN)},${Math.round(d.position?.y ?? NaN)}`),
    );
    expect(spots.size).toBe(ids.length);
    expect([...spots].some((s) => s.includes('NaN'))).toBe(false);
  });

  it('leaves a small arrival, or one onto a canvas with nodes, to placeNew', () => {
    const empty = cytoscape({ headless: true });
    expect(presetPositions(empty, [node('x'), node('y')])).toBe(false);
    const busy = cytoscape({ headless: true, elements: [node('a')] });
    const many = Array.from({ length: 450 }, (_, i) => node(`m${i}`));
    expect(presetPositions(busy, many)).toBe(false);
    expect(many.every((d) => d.position === undefined)).toBe(true);
  });
});
