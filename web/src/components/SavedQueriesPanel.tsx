// Saved queries: pick one, fill its generated parameter form, run; rows as a table, graph onto the canvas.
import { useEffect, useState } from 'react';
import { runSavedQuery, savedQueries } from '../api/queries.js';
import type { QueryResult, SavedQuery } from '../api/types.js';
import { addQueryGraph } from '../state/query-results.js';
import { workbench } from '../state/workbench.js';
import { ParamForm } from './ParamForm.js';
import { initialText, toParams } from './param-values.js';
import { ResultTable } from './ResultTable.js';

export function SavedQueriesPanel() {
  const [queries, setQueries] = useState<SavedQuery[] | null>(null);
  const [chosen, setChosen] = useState<SavedQuery | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [result, setResult] = useState<QueryResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    savedQueries()
      .then(setQueries)
      .catch((e: Error) => setError(e.message));
  }, []);

  const pick = (q: SavedQuery) => {
    setChosen(q);
    setResult(null);
    setError(null);
    setValues(Object.fromEntries(q.parameters.map((p) => [p.name, initialText(p)])));
  };

  const run = async () => {
    if (!chosen) return;
    setError(null);
    const r = await workbench.run(`Running ${chosen.title}…`, async () => {
      try {
        return await runSavedQuery(chosen.name, toParams(chosen.parameters, values));
      } catch (e) {
        setError((e as Error).message);
        return undefined;
      }
    });
    if (!r) return;
    setResult(r);
    await addQueryGraph(workbench, r, chosen.title);
  };

  return (
    <div className="panel stack" data-testid="saved-queries">
      {error && <div className="error">{error}</div>}
      {!queries && !error && <div className="muted">Loading…</div>}
      {queries?.map((q) =>
        chosen?.name === q.name ? (
          <div key={q.name} className="query active">
            <div className="name">{q.title}</div>
            <div className="muted" style={{ marginBottom: 6 }}>
              {q.description}
            </div>
            <form
              className="stack"
              onSubmit={(e) => {
                e.preventDefault();
                void run();
              }}
            >
              <ParamForm params={q.parameters} values={values} onChange={setValues} />
              <div className="row">
                <button type="submit" className="primary" id="run-saved-query">
                  Run
                </button>
                <button type="button" onClick={() => setChosen(null)}>
                  Close
                </button>
              </div>
            </form>
            {result && <ResultTable result={result} />}
          </div>
        ) : (
          <button type="button" key={q.name} className="query" data-query={q.name} onClick={() => pick(q)}>
            <div className="name">{q.title}</div>
            <div className="muted clamp">{q.description}</div>
          </button>
        ),
      )}
    </div>
  );
}
