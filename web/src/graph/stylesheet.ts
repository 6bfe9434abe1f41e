// The Cytoscape stylesheet, derived from the model (colour, shape, icon per kind; colour, line per relationship).
import type { StylesheetJson } from 'cytoscape';
import { MODEL } from '../../../model/index.js';
import { IMAGE_SCALE, nodeImage } from './node-image.js';
import { LARGE, STATE } from './style-states.js';

export type Block = { selector: string; style: Record<string, unknown> };

/** Edge width for a money flow: log scale so a $5 and a $5M transfer both stay readable. */
export function amountWidth(amount: unknown): number {
  const n = typeof amount === 'number' && Number.isFinite(amount) && amount > 0 ? amount : 0;
  return Math.min(12, 1.5 + Math.log10(1 + n) * 1.5);
}

const iconByKind = new Map(MODEL.kinds.map((k) => [k.name, k.style.icon]));

function kindBlocks(): Block[] {
  return MODEL.kinds.map((k) => ({
    selector: `node[kind = "${k.name}"]`,
    style: { 'background-color': k.style.color, shape: k.style.shape },
  }));
}

function relationshipBlocks(): Block[] {
  return MODEL.relationships.flatMap((r) => {
    const blocks: Block[] = [
      {
        selector: `edge[type = "${r.name}"]`,
        style: {
          'line-color': r.style.color,
          'target-arrow-color': r.style.color,
          'line-style': r.style.lineStyle ?? 'solid',
        },
      },
    ];
    // Money flows: width from the amount (the model names which relationships carry one).
    if (r.amount)
      blocks.push({
        selector: `edge[type = "${r.name}"][amount]`,
        style: { width: (e: { data(k: string): unknown }) => amountWidth(e.data('amount')) },
      });
    return blocks;
  });
}

const BASE: Block[] = [
  {
    selector: 'node',
    style: {
      width: 34,
      height: 34,
      'background-color': '#999',
      // A pure function of the element: icon from its kind, badges from its flags.
      'background-image': (n: { data(k: string): unknown }) =>
        nodeImage(iconByKind.get(String(n.data('kind'))) ?? 'circle', (n.data('flags') as string[]) ?? []),
      'background-width': `${IMAGE_SCALE * 100}%`,
      'background-height': `${IMAGE_SCALE * 100}%`,
      'background-clip': 'none',
      'bounds-expansion': 6,
      'border-width': 1,
      'border-color': '#ffffff',
      label: 'data(label)',
      'font-size': 10,
      'font-family': 'Inter, "Segoe UI", Roboto, Arial, sans-serif',
      color: '#1f2937',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': '120px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 7,
    },
  },
  ...kindBlocks(),
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'curve-style': 'bezier',
      'line-color': '#9ca3af',
      'target-arrow-shape': 'triangle',
      'target-arrow-color': '#9ca3af',
      'arrow-scale': 0.8,
      label: 'data(label)',
      'font-size': 8,
      color: '#4b5563',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 9,
    },
  },
  ...relationshipBlocks(),
];

export { HUGE_GRAPH, LARGE_GRAPH } from './style-states.js';

/** How cheaply to draw: by element count (LARGE_GRAPH, HUGE_GRAPH). */
export type DrawMode = 'normal' | 'large' | 'huge';

/**
 * Huge mode draws no labels, icons or arrows, so its base sets only what is drawn. Cytoscape applies every
 * property a matching block sets, one by one with its change triggers, even when a later block hides it:
 * BASE + HUGE cost ~20 properties per element where these cost 4-6 (profiled: style was the biggest
 * share of adding 5,000 nodes / 10,000 edges). Kind colours and shapes, relationship colours and line styles
 * still come from the model.
 */
function hugeBase(): Block[] {
  return [
    { selector: 'node', style: { width: 24, height: 24, 'background-color': '#999' } },
    ...MODEL.kinds.map((k) => ({
      selector: `node[kind = "${k.name}"]`,
      style: { 'background-color': k.style.color, shape: k.style.shape },
    })),
    {
      selector: 'edge',
      style: {
        'curve-style': 'haystack',
        'haystack-radius': 0,
        width: 1,
        opacity: 0.6,
        'line-color': '#9ca3af',
      },
    },
    ...MODEL.relationships.map((r) => ({
      selector: `edge[type = "${r.name}"]`,
      style: {
        'line-color': r.style.color,
        ...(r.style.lineStyle && r.style.lineStyle !== 'solid' ? { 'line-style': r.style.lineStyle } : {}),
      },
    })),
  ];
}

/** Same model and mode, same stylesheet: a pure function, so any view can rebuild it. */
export function buildStylesheet(options: { mode?: DrawMode } = {}): StylesheetJson {
  const mode = options.mode ?? 'normal';
  const base = mode === 'huge' ? hugeBase() : [...BASE, ...(mode === 'large' ? LARGE : [])];
  return [...base, ...STATE] as unknown as StylesheetJson;
}
