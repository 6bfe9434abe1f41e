// Ad-hoc read-only Cypher with syntax highlighting (@neo4j-cypher/react-codemirror), calling `runCypher`.
import { CypherEditor } from '@neo4j-cypher/react-codemirror';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { useState } from 'react';
import { runCypher } from '../api/queries.js';
import type { QueryResult } from '../api/types.js';
import { addQueryGraph } from '../state/query-results.js';
import { workbench } from '../state/workbench.js';
import { ResultTable } from './ResultTable.js';

const EXAMPLE = 'MATCH (f:FrontCompany)-[r]-(n)\nRETURN f, r, n\nLIMIT 25';

export function CypherPanel() {
  const [cypher, setCypher] = useState(EXAMPLE);
  const [result, setResult] = useState<QueryResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setError(null);
    const r = await workbench.run('Running Cypher…', async () => {
      try {
        return await runCypher(cypher);
      } catch (e) {
        setError((e as Error).message);
        return undefined;
      }
    });
    if (!r) return;
    setResult(r);
    await addQueryGraph(workbench, r, 'Cypher query');
  };
  return (
    <div className="panel stack">
      <div className="muted">Read-only: writes are refused by the server. Ctrl+Enter runs.</div>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: Ctrl+Enter from inside the editor, which owns focus */}
      <div
        className="cypher-editor"
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void run();
          }
        }}
      >
        <CypherEditor
          value={cypher}
          onValueChanged={(v: string) => setCypher(v)}
          lineNumbers={false}
          theme="light"
        />
      </div>
      <div className="row">
        <button type="button" className="primary" onClick={() => void run()}>
          Run
        </button>
      </div>
      {error && <div className="error">{error}</div>}
      {result && <ResultTable result={result} />}
    </div>
  );
}
