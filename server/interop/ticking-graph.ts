// Wraps an export graph so a progress bar moves as each element is written.
import type { ExportGraph } from './element-types.js';

async function* tick<T>(items: AsyncIterable<T> | Iterable<T>, onItem: () => void) {
  for await (const item of items) {
    onItem();
    yield item;
  }
}

export function tickingGraph(graph: ExportGraph, onElement: () => void): ExportGraph {
  return { nodes: tick(graph.nodes, onElement), relationships: tick(graph.relationships, onElement) };
}

const ALL_RELATIONSHIPS = 'MATCH ()-[r]->() RETURN count(r) AS n';

/** Relationships in the store (from its counts, instantly): an upper bound for a progress bar's total. */
export async function storedRelationshipCount(db: {
  read(cypher: string): Promise<{ records: { get(key: string): unknown }[] }>;
}): Promise<number> {
  const { records } = await db.read(ALL_RELATIONSHIPS);
  return Number(records[0]?.get('n') ?? 0);
}
