// A query's graph part goes onto the canvas as one undoable step; the table is shown by the panel.
import type { QueryResult } from '../api/types.js';
import { focusOn } from '../graph/focus.js';
import type { Workbench } from './workbench.js';

export async function addQueryGraph(wb: Workbench, result: QueryResult, label: string): Promise<number> {
  const graph = result.graph;
  if (!graph || graph.nodes.length === 0) return 0;
  const fresh = await wb.addGraph(graph, { label });
  wb.notify(
    `${label}: ${result.rows.length} rows, ${fresh.nodes().length} new nodes on the canvas (${result.elapsedMs} ms)`,
  );
  if (fresh.nonempty()) focusOn(wb.cy, wb.cy.elements(':visible'), 40);
  return fresh.nodes().length;
}
