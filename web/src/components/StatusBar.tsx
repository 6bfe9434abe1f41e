// The status bar: element counts, selection, renderer (switchable) and the investigation's name.
import { webglAvailable } from '../graph/renderer.js';
import { useUi } from '../hooks/use-ui.js';
import { switchRenderer } from '../state/persistence.js';
import { workbench } from '../state/workbench.js';

export function StatusBar({ container }: { container: React.RefObject<HTMLDivElement | null> }) {
  const counts = useUi((s) => s.counts);
  const selected = useUi((s) => s.selected.length);
  const renderer = useUi((s) => s.renderer);
  const title = useUi((s) => s.investigation.title);
  const pathFrom = useUi((s) => s.pathFrom);
  const other = renderer === 'webgl' ? 'canvas' : 'webgl';
  return (
    <footer className="statusbar" data-testid="status">
      <span>
        {counts.nodes.toLocaleString('en-US')} nodes · {counts.edges.toLocaleString('en-US')} edges
        {counts.hidden > 0 && ` · ${counts.hidden.toLocaleString('en-US')} hidden`}
      </span>
      <span>{selected > 0 ? `${selected} selected` : ''}</span>
      {pathFrom && <span>Path start picked: choose the other end</span>}
      <span className="spacer" />
      <span>{title}</span>
      <span>
        Renderer: {renderer}{' '}
        <button
          type="button"
          disabled={other === 'webgl' && !webglAvailable()}
          onClick={() => container.current && switchRenderer(workbench, container.current, other)}
          title="Switch renderer (WebGL is faster on big graphs)"
        >
          use {other}
        </button>
      </span>
      <span>
        <kbd>?</kbd> shortcuts
      </span>
    </footer>
  );
}
