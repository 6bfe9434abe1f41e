// The caption of an exported entity, from the model's caption property.
import { MODEL } from '../../model/index.js';
import { type ExportNode, kindOf } from './element-types.js';

export function captionOf(node: ExportNode): string {
  const kind = kindOf(node);
  const property = MODEL.isKind(kind) ? MODEL.kind(kind).caption : 'name';
  return String(node.properties[property] ?? node.properties.id ?? node.ref);
}
