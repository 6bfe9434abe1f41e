// Exports of bounded scopes through GraphQL (exportGraph) and HTTP (GET /export): a front company's network,
// a saved investigation and a saved query's result, in every format; the GraphQL cap; credentials.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import cytoscape from 'cytoscape';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHttp } from '../../server/boot/http-server.js';
import { MASK } from '../../server/read/privacy.js';
import type { GraphDb } from '../../server/runtime/graph-db.js';
import { type Api, openApi, openHttp } from './api-harness.js';
import { canvasState, createExportWorld, type ExportWorld } from './export-world.js';

const PYTHON = '/usr/bin/python3';
const EXPORT = `query Export($format: ExportFormat!, $scope: ExportScopeInput!) {
  exportGraph(format: $format, scope: $scope) {
    filename mediaType content nodeCount edgeCount truncated edgeFile { filename mediaType content } } }`;

let api: Api;
let http: RunningHttp & { db: GraphDb; headers: Record<string, string> };
let world: ExportWorld;
let investigationId: string;
let dir: string;

beforeAll(async () => {
  api = await openApi();
  http = await openHttp();
  world = await createExportWorld(api.db);
  const saved = await api.gql(
    'mutation Save($title: String!, $state: JSON!) { saveInvestigation(title: $title, state: $state) { id } }',
    { title: `Export ${world.tag}`, state: canvasState(world) },
  );
  investigationId = saved.data?.saveInvestigation.id;
  dir = await mkdtemp(path.join(tmpdir(), 'tl-export-scopes-'));
}, 180_000);

afterAll(async () => {
  await http?.stop();
  await api?.close();
});

const cluster = () => ({ kind: 'cluster', id: world.companyId });

async function exportFile(format: string, scope: Record<string, unknown>) {
  const result = await api.gql(EXPORT, { format, scope });
  expect(result.errors).toBeUndefined();
  return result.data?.exportGraph;
}

describe('exportGraph (GraphQL)', () => {
  it("a front company's network as GraphML and GEXF parses in networkx with the same counts", async () => {
    const nodes = world.network.nodes.length;
    const edges = world.network.edges.length;
    expect(nodes).toBeGreaterThan(8);
    for (const format of ['graphml', 'gexf'] as const) {
      const file = await exportFile(format, cluster());
      expect(file.filename).toBe(`threadline-network-${world.companyId}.${format}`);
      expect({ nodes: file.nodeCount, edges: file.edgeCount }).toEqual({ nodes, edges });
      if (!existsSync(PYTHON)) continue;
      const at = path.join(dir, file.filename);
      await writeFile(at, file.content);
      const script = `import networkx as nx, json, sys
g = nx.read_${format}(sys.argv[1])
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "name": g.nodes[sys.argv[2]].get("name")}))`;
      const out = JSON.parse(execFileSync(PYTHON, ['-c', script, at, world.companyId], { encoding: 'utf8' }));
      expect(out).toEqual({ nodes, edges, name: `Exportco ${world.tag}` });
    }
  });

  it('as Cytoscape JSON loads in Cytoscape.js headless with the same counts', async () => {
    const file = await exportFile('cyjs', cluster());
    expect(file.mediaType).toBe('application/json');
    const cy = cytoscape({ headless: true, elements: JSON.parse(file.content).elements });
    expect(cy.nodes()).toHaveLength(world.network.nodes.length);
    expect(cy.edges()).toHaveLength(world.network.edges.length);
    expect(cy.getElementById(world.companyId).data('aliases')).toEqual(['EC', `Ex & "Co" <${world.tag}>`]);
  });

  it('as CSV gives a nodes file and an edges file', async () => {
    const file = await exportFile('csv', cluster());
    expect(file.filename).toMatch(/-nodes\.csv$/);
    expect(file.edgeFile.filename).toMatch(/-edges\.csv$/);
    const lines = (text: string) => text.trim().split('\r\n').length - 1;
    expect(lines(file.content)).toBe(world.network.nodes.length);
    expect(lines(file.edgeFile.content)).toBe(world.network.edges.length);
  });

  it('a saved investigation exports the entities and relationships on its canvas, not its group nodes', async () => {
    const file = await exportFile('jsonl', { kind: 'investigation', id: investigationId });
    const lines = file.content
      .trim()
      .split('\n')
      .map((l: string) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ format: 'threadline-jsonl', scope: 'entities' });
    const refs = lines.filter((l: { t?: string }) => l.t === 'node').map((l: { ref: string }) => l.ref);
    expect(refs.sort()).toEqual(world.network.nodes.map((n) => n.id).sort());
    expect(file.edgeCount).toBe(world.network.edges.length);
  });

  it("a saved query's result exports the nodes and relationships its rows hold", async () => {
    const scope = { kind: 'query', name: 'front-company-workers', params: { company: world.companyId } };
    const file = await exportFile('cyjs', scope);
    const cy = cytoscape({ headless: true, elements: JSON.parse(file.content).elements });
    // Both workers, reached through their employment, with the company at the other end.
    expect(cy.nodes('[kind = "Worker"]')).toHaveLength(2);
    expect(cy.getElementById(world.companyId).nonempty()).toBe(true);
    expect(cy.edges('[interaction = "EMPLOYED_BY"]')).toHaveLength(2);
    expect(file.filename).toBe('threadline-query-front-company-workers.cyjs');
  });

  it("masks a victim's personal properties for a caller who may not unmask, and drops search text", async () => {
    const file = await exportFile('jsonl', cluster());
    const victim = file.content
      .split('\n')
      .filter(Boolean)
      .map((l: string) => JSON.parse(l))
      .find((l: { ref?: string }) => l.ref === world.victimId);
    expect(victim.properties.name).toBe(MASK);
    expect(victim.properties.searchText).toBeUndefined();
  });

  it('refuses more than the cap with RESULT_TOO_LARGE, pointing to the HTTP download', async () => {
    process.env.THREADLINE_EXPORT_MAX_ELEMENTS = '5';
    try {
      for (const scope of [cluster(), { kind: 'all' }]) {
        const result = await api.gql(EXPORT, { format: 'graphml', scope });
        expect(result.errors?.[0]?.extensions?.code).toBe('RESULT_TOO_LARGE');
        expect(result.errors?.[0]?.message).toMatch(/GET \/export/);
      }
    } finally {
      delete process.env.THREADLINE_EXPORT_MAX_ELEMENTS;
    }
  });

  it('names a missing argument or a missing scope with a stable code', async () => {
    const noId = await api.gql(EXPORT, { format: 'gexf', scope: { kind: 'cluster' } });
    expect(noId.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const gone = await api.gql(EXPORT, { format: 'gexf', scope: { kind: 'investigation', id: 'inv_nope' } });
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('GET /export (HTTP)', () => {
  it('streams a scope as a download with its file name', async () => {
    const response = await fetch(`${http.url}/export?format=graphml&scope=cluster&id=${world.companyId}`, {
      headers: http.headers,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphml\+xml/);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="threadline-network-${world.companyId}.graphml"`,
    );
    const text = await response.text();
    expect(text.match(/<node /g)).toHaveLength(world.network.nodes.length);
    expect(text.match(/<edge /g)).toHaveLength(world.network.edges.length);
  });

  it('serves the two CSV files as parts, and a query scope with typed param pairs', async () => {
    const edges = await fetch(
      `${http.url}/export?format=csv&scope=investigation&id=${investigationId}&part=edges`,
      { headers: http.headers },
    );
    expect(edges.headers.get('content-disposition')).toMatch(/-edges\.csv"$/);
    expect((await edges.text()).trim().split('\r\n')).toHaveLength(world.network.edges.length + 1);
    const query = await fetch(
      `${http.url}/export?format=jsonl&scope=query&name=front-company-workers&param=company=${world.companyId}&param=maxHops=1`,
      { headers: http.headers },
    );
    expect(query.status).toBe(200);
    const nodes = (await query.text()).split('\n').filter((l) => l.includes('"t":"node"'));
    expect(nodes.length).toBe(3);
  });

  it('streams the whole graph, beyond any GraphQL cap', async () => {
    process.env.THREADLINE_EXPORT_MAX_ELEMENTS = '5';
    try {
      const response = await fetch(`${http.url}/export?format=jsonl&scope=all`, { headers: http.headers });
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text).toContain(world.companyId);
      expect(text.split('\n').length).toBeGreaterThan(5);
    } finally {
      delete process.env.THREADLINE_EXPORT_MAX_ELEMENTS;
    }
  });

  it('answers bad input as a GraphQL-shaped error before any byte of a file', async () => {
    const response = await fetch(`${http.url}/export?format=pdf&scope=all`, { headers: http.headers });
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const missing = await fetch(`${http.url}/export?format=gexf&scope=cluster&id=frc_missing`, {
      headers: http.headers,
    });
    expect(missing.status).toBe(404);
  });

  it('refuses a request without credentials (401) once authentication is on', async () => {
    // The harness hands out an admin's credentials once authentication lands; before, there is nothing to refuse.
    if (Object.keys(http.headers).length === 0) return;
    const response = await fetch(`${http.url}/export?format=jsonl&scope=cluster&id=${world.companyId}`);
    expect(response.status).toBe(401);
    expect((await response.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
