// The elements every export format and the backup share: nodes and relationships with their properties.

export type ExportValue = string | number | boolean | null | ExportValue[];

export interface ExportNode {
  /** Backup reference (the Neo4j element id) or, for exports, the entity id. */
  ref: string;
  labels: string[];
  properties: Record<string, ExportValue>;
}

export interface ExportRelationship {
  ref: string;
  type: string;
  from: string;
  to: string;
  properties: Record<string, ExportValue>;
}

export interface ExportGraph {
  nodes: AsyncIterable<ExportNode> | Iterable<ExportNode>;
  relationships: AsyncIterable<ExportRelationship> | Iterable<ExportRelationship>;
}

/** Where a writer sends its text; a file stream, a string buffer or an HTTP response. */
export interface TextSink {
  write(chunk: string): void | Promise<void>;
}

/** The kind of an entity node: the label that names a model kind (Entity is the shared label). */
export function kindOf(node: ExportNode): string {
  return String(node.properties.kind ?? node.labels.find((l) => l !== 'Entity') ?? node.labels[0] ?? '');
}
