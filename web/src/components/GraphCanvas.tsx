// The Cytoscape canvas, with what floats over it: supernode banners, legend, toast and the empty-state hint.
import { useEffect, useRef } from 'react';
import { chooseRenderer } from '../graph/renderer.js';
import { useUi } from '../hooks/use-ui.js';
import { open } from '../state/persistence.js';
import { workbench } from '../state/workbench.js';
import { Banners } from './Banners.js';
import { Legend } from './Legend.js';
import { Toast } from './Toast.js';

export function GraphCanvas({ containerRef }: { containerRef: React.RefObject<HTMLDivElement | null> }) {
  const nodes = useUi((s) => s.counts.nodes);
  const started = useRef(false);
  useEffect(() => {
    const el = containerRef.current;
    if (!el || started.current) return;
    started.current = true;
    workbench.mount(el, chooseRenderer(0));
    const id = new URLSearchParams(window.location.search).get('investigation');
    if (id) void open(workbench, id);
    // Panels and the window change the canvas size; Cytoscape caches it and must be told.
    const observer = new ResizeObserver(() => workbench.mounted && workbench.cy.resize());
    observer.observe(el);
  }, [containerRef]);
  return (
    <section className="canvas-wrap">
      <div className="canvas" ref={containerRef} data-testid="canvas" />
      {nodes === 0 && (
        <div className="empty-hint">
          <div>
            Search for a name, wallet, serial or address (<kbd>/</kbd>) to start.
            <br />
            Double-click a node to expand it; right-click for more.
          </div>
        </div>
      )}
      <Banners />
      <Legend />
      <Toast />
    </section>
  );
}
