// A kind's colour, shape and icon as a small swatch, from the model (same source as the canvas).
import { MODEL } from '../../../model/index.js';
import { nodeImage } from '../graph/node-image.js';

export function KindSwatch({ kind, size = 16 }: { kind: string; size?: number }) {
  const spec = MODEL.isKind(kind) ? MODEL.kind(kind) : null;
  const round = spec?.style.shape === 'ellipse';
  return (
    <span
      className={`swatch${round ? ' ellipse' : ''}`}
      style={{ background: spec?.style.color ?? '#999', width: size, height: size }}
      title={kind}
    >
      <img
        alt=""
        src={nodeImage(spec?.style.icon ?? 'circle', [])}
        style={{ width: size * 1.3, height: size * 1.3, maxWidth: 'none' }}
      />
    </span>
  );
}
