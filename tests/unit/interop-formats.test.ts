// Export formats: GraphML and GEXF parse with networkx, .cyjs loads in Cytoscape.js, CSV quotes right.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { ExportGraph } from '../../server/interop/element-types.js';
import { exportGraph } from '../../server/interop/export-graph.js';
import { stringSink } from '../../server/interop/file-sink.js';

const PYTHON = '/usr/bin/python3';

function sampleGraph(): ExportGraph {
  return {
    nodes: [
      {
        ref: 'frc_1',
        labels: ['Entity', 'FrontCompany'],
        properties: {
          id: 'frc_1',
          kind: 'FrontCompany',
          name: 'Volasys <Silver> & "Star"',
          aliases: ['A', 'B'],
        },
      },
      {
        ref: 'wal_1',
        labels: ['Entity', 'Wallet'],
        properties: { id: 'wal_1', kind: 'Wallet', network: 'ethereum', address: '0xab' },
      },
      {
        ref: 'adr_1',
        labels: ['Entity', 'Address'],
        properties: { id: 'adr_1', kind: 'Address', full: 'line1,\n"line2"' },
      },
    ],
    relationships: [
      {
        ref: 'rel_1',
        type: 'CONTROLS',
        from: 'frc_1',
        to: 'wal_1',
        properties: { id: 'rel_1', confidence: 0.9 },
      },
      { ref: 'rel_2', type: 'LOCATED_AT', from: 'frc_1', to: 'adr_1', properties: { id: 'rel_2' } },
    ],
  };
}

async function render(format: 'graphml' | 'gexf' | 'cyjs'): Promise<string> {
  const sink = stringSink();
  await exportGraph(format, sampleGraph(), sink);
  return sink.text();
}

describe.runIf(existsSync(PYTHON))('GraphML and GEXF with networkx', () => {
  it.each(['graphml', 'gexf'] as const)('%s parses with the same counts and values', async (format) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tl-export-'));
    const file = path.join(dir, `g.${format}`);
    await writeFile(file, await render(format));
    const script = `import networkx as nx, json, sys
g = nx.read_${format}(sys.argv[1])
n = g.nodes['frc_1']
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "name": n.get("name"), "kind": n.get("kind")}))`;
    const out = JSON.parse(execFileSync(PYTHON, ['-c', script, file], { encoding: 'utf8' }));
    expect(out).toEqual({ nodes: 3, edges: 2, name: 'Volasys <Silver> & "Star"', kind: 'FrontCompany' });
  });
});

describe('Cytoscape JSON', () => {
  it('loads in Cytoscape.js headless with the same counts', async () => {
    const json = JSON.parse(await render('cyjs'));
    const cy = cytoscape({ headless: true, elements: json.elements });
    expect(cy.nodes()).toHaveLength(3);
    expect(cy.edges()).toHaveLength(2);
    expect(cy.getElementById('rel_1').data('interaction')).toBe('CONTROLS');
    expect(cy.getElementById('frc_1').outgoers('node')).toHaveLength(2);
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and new lines and keeps one row per element', async () => {
    const nodes = stringSink();
    const edges = stringSink();
    await exportGraph('csv', sampleGraph(), nodes, edges);
    const header = nodes.text().split('\r\n')[0]?.split(',') ?? [];
    expect(header.slice(0, 3)).toEqual(['id', 'kind', 'caption']);
    expect(nodes.text()).toContain('"line1,\n""line2"""');
    expect(edges.text().trim().split('\r\n')).toHaveLength(3);
  });
});
