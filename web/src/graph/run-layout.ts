// Runs a layout on the whole canvas or a selection, in a worker for big graphs, and records it for undo.
import type { CollectionReturnValue, Core, NodeSingular } from 'cytoscape';
import type { CommandStack } from './command-stack.js';
import { moveCommand, positionsOf } from './commands.js';
import { focusOn } from './focus.js';
import { type LayoutName, layoutOptions, WORKER_LIMIT } from './layouts.js';

function inWorker(cy: Core, eles: CollectionReturnValue, options: Record<string, unknown>): Promise<void> {
  const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  const nodes = eles
    .nodes()
    .map((n) => ({ id: n.id(), ...(n.isChild() ? { parent: n.parent().first().id() } : {}) }));
  const ids = new Set(nodes.map((n) => n.id));
  const edges = eles
    .edges()
    .map((e) => ({ id: e.id(), source: String(e.data('source')), target: String(e.data('target')) }))
    .filter((e) => ids.has(e.source) && ids.has(e.target));
  return new Promise((resolve, reject) => {
    // The worker lays out around its own origin: shift the result back to where the elements were.
    const before = eles.nodes().boundingBox();
    worker.onmessage = (event: MessageEvent<Record<string, { x: number; y: number }>>) => {
      const ps = Object.values(event.data);
      const dx =
        before.x1 + before.w / 2 - (Math.min(...ps.map((p) => p.x)) + Math.max(...ps.map((p) => p.x))) / 2;
      const dy =
        before.y1 + before.h / 2 - (Math.min(...ps.map((p) => p.y)) + Math.max(...ps.map((p) => p.y))) / 2;
      cy.batch(() => {
        for (const [id, raw] of Object.entries(event.data)) {
          const p = { x: raw.x + dx, y: raw.y + dy };
          const n = cy.getElementById(id);
          if (!(n as NodeSingular).locked()) n.position(p);
        }
      });
      worker.terminate();
      resolve();
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message));
    };
    worker.postMessage({ nodes, edges, options });
  });
}

/** Lay out `eles` (default: everything visible); locked (pinned) nodes stay where they are. */
export async function runLayout(
  cy: Core,
  name: LayoutName,
  stack: CommandStack,
  eles?: CollectionReturnValue,
): Promise<void> {
  const target = (eles ?? cy.elements()).filter((e) => e.visible());
  const count = target.nodes().length;
  if (count === 0) return;
  const before = positionsOf(
    cy,
    target.nodes().map((n) => n.id()),
  );
  // Fit is ours (capped zoom), not the layout's.
  const options = layoutOptions(name, count, false) as unknown as Record<string, unknown>;
  if (name === 'fcose' && count > WORKER_LIMIT) {
    await inWorker(cy, target, options);
  } else {
    await new Promise<void>((resolve) => {
      const layout = target.layout(options as never);
      layout.one('layoutstop', () => resolve());
      layout.run();
    });
  }
  if (!eles) focusOn(cy, target, 40, count < 1000);
  stack.record(moveCommand(cy, `Layout (${name})`, before, positionsOf(cy, Object.keys(before))));
}
