// Layout options per algorithm, tuned by graph size so big graphs get fast, non-animated settings.
import type { LayoutOptions } from 'cytoscape';

export const LAYOUTS = ['fcose', 'cola', 'concentric', 'dagre'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: 'fCoSE (force)',
  cola: 'Cola',
  concentric: 'Concentric',
  dagre: 'Dagre (tree)',
};

/** Above this many nodes animation costs more than it explains. */
export const ANIMATE_LIMIT = 300;
/** Above this many nodes fcose runs in draft quality (spectral pass only, no polishing). */
export const DRAFT_LIMIT = 1500;
/** Above this many nodes fcose runs in a Web Worker, so the page keeps answering while it works. */
export const WORKER_LIMIT = 400;

export function layoutOptions(name: LayoutName, nodeCount: number, fit = true): LayoutOptions {
  const animate = nodeCount <= ANIMATE_LIMIT;
  const common = { fit, padding: 40, animate, animationDuration: 400 };
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        ...common,
        quality: nodeCount > DRAFT_LIMIT ? 'draft' : 'default',
        randomize: true,
        nodeSeparation: 90,
        idealEdgeLength: 80,
        nodeRepulsion: 6500,
        packComponents: true,
        numIter: nodeCount > DRAFT_LIMIT ? 800 : 2500,
      } as LayoutOptions;
    case 'cola':
      // Cola runs in animation frames, so the page stays live; bound its time on big graphs.
      return {
        name: 'cola',
        ...common,
        animate: true,
        maxSimulationTime: nodeCount > DRAFT_LIMIT ? 2500 : 4000,
        nodeSpacing: 12,
        edgeLength: 90,
        randomize: false,
      } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        ...common,
        minNodeSpacing: 18,
        concentric: (n: { degree(b: boolean): number }) => n.degree(false),
        levelWidth: () => 2,
      } as LayoutOptions;
    case 'dagre':
      return { name: 'dagre', ...common, rankDir: 'LR', nodeSep: 24, rankSep: 90 } as LayoutOptions;
  }
}
