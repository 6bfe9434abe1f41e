// A query result as a table; rows may be objects keyed by column or arrays in column order.
import type { QueryResult } from '../api/types.js';

function cell(value: unknown): string {
  if (value == null) return '';
  if (typeof value === 'object') {
    const v = value as { caption?: string; id?: string };
    if (v.caption) return v.caption;
    return JSON.stringify(value);
  }
  return String(value);
}

export function ResultTable({ result }: { result: QueryResult }) {
  const rows = result.rows.slice(0, 500);
  return (
    <div className="stack">
      <div className="muted">
        {result.rows.length} rows{result.truncated ? ' (truncated)' : ''} · {result.elapsedMs} ms
        {result.graph ? ` · ${result.graph.nodes.length} nodes, ${result.graph.edges.length} edges` : ''}
      </div>
      <div className="table-wrap">
        <table className="result-table" data-testid="result-table">
          <thead>
            <tr>
              {result.columns.map((c) => (
                <th key={c}>{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
              <tr key={i}>
                {result.columns.map((c, j) => {
                  const v = Array.isArray(row) ? row[j] : (row as Record<string, unknown>)[c];
                  const text = cell(v);
                  return (
                    <td key={c} title={text}>
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
