// The caption of an exported entity, from the model's caption property.
import { MODEL } from '../../model/index.js';
import { type ExportNode, kindOf } from './element-types.js';

export function captionOf(node: ExportNode): string {
  const kind = kindOf(node);
  const spec = MODEL.isKind(kind) ? MODEL.kind(kind) : undefined;
  const shown = spec
    ? (node.properties[spec.caption] ?? (spec.captionFallback && node.properties[spec.captionFallback]))
    : node.properties.name;
  return String(shown ?? node.properties.id ?? node.ref);
}
