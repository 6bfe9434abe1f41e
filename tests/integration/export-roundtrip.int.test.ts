// Round trips of bounded exports: an investigation, a front company's network and a saved query's result,
// exported as JSON Lines and imported into an empty private Neo4j, come back with identical counts and
// properties. The one test file of the export work that pays for a private database.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importJsonl } from '../../importers/jsonl/import-jsonl.js';
import { saveInvestigation } from '../../server/graphql/modules/investigations/store.js';
import type { ExportNode, ExportRelationship } from '../../server/interop/element-types.js';
import { fileSink } from '../../server/interop/file-sink.js';
import { writeJsonl } from '../../server/interop/jsonl-format.js';
import { maskNode } from '../../server/interop/mask-export.js';
import { openExport } from '../../server/interop/open-export.js';
import { readSubgraph } from '../../server/interop/read-subgraph.js';
import type { ExportScope } from '../../server/interop/scope/export-scope.js';
import type { GraphDb } from '../../server/runtime/graph-db.js';
import { openTestGraphDb } from '../support/graph-db.js';
import { openPrivateGraphDb, type PrivateGraphDb } from '../support/private-neo4j.js';
import { canvasState, createExportWorld, type ExportWorld } from './export-world.js';

let source: GraphDb;
let target: PrivateGraphDb;
let world: ExportWorld;
let dir: string;

beforeAll(async () => {
  source = await openTestGraphDb();
  world = await createExportWorld(source);
  target = await openPrivateGraphDb('export-roundtrip');
  dir = await mkdtemp(path.join(tmpdir(), 'tl-export-roundtrip-'));
}, 600_000);

afterAll(async () => {
  await target?.close();
  await source?.close();
});

/** Elements as an import leaves them comparable: what a write stamps itself (timestamps) goes. */
function comparable(nodes: ExportNode[], relationships: ExportRelationship[]) {
  const strip = ({ createdAt, updatedAt, ...rest }: Record<string, unknown>) => rest;
  return {
    nodes: nodes
      .map((n) => ({ ...n, properties: strip(n.properties) }))
      .sort((a, b) => a.ref.localeCompare(b.ref)),
    relationships: relationships
      .map((r) => ({ ...r, properties: strip(r.properties) }))
      .sort((a, b) => a.ref.localeCompare(b.ref)),
  };
}

/** Exports the scope as the CLI does (local operator: unmasked), imports the file, reads both sides. */
async function roundTrip(scope: ExportScope, name: string) {
  const opened = await openExport(source, scope, { unmask: true });
  const nodes: ExportNode[] = [];
  const relationships: ExportRelationship[] = [];
  const file = path.join(dir, `${name}.jsonl`);
  const sink = fileSink(file);
  const collect = {
    nodes: (async function* () {
      for await (const n of opened.graph.nodes) yield nodes[nodes.push(n) - 1] as ExportNode;
    })(),
    relationships: (async function* () {
      for await (const r of opened.graph.relationships)
        yield relationships[relationships.push(r) - 1] as ExportRelationship;
    })(),
  };
  await writeJsonl(collect, sink, 'entities');
  await sink.close();
  await opened.close();
  const report = await importJsonl(target.db, file);
  const back = await readSubgraph(target.db, {
    nodeIds: nodes.map((n) => n.ref),
    relationshipIds: relationships.map((r) => r.ref),
    truncated: false,
  });
  return {
    report,
    exported: comparable(nodes, relationships),
    imported: comparable(
      back.nodes.map((n) => maskNode(n, true)),
      back.relationships,
    ),
  };
}

describe('JSON Lines round trips of bounded scopes into an empty database', () => {
  it("a front company's network", async () => {
    const { report, exported, imported } = await roundTrip(
      { kind: 'cluster', id: world.companyId },
      'network',
    );
    expect(report.issues).toEqual([]);
    expect(exported.nodes).toHaveLength(world.network.nodes.length);
    expect(exported.relationships).toHaveLength(world.network.edges.length);
    expect(imported).toEqual(exported);
  }, 120_000);

  it('a saved investigation', async () => {
    const saved = await saveInvestigation(
      source,
      `inv_export_${world.tag}`,
      `Export ${world.tag}`,
      canvasState(world),
    );
    const { report, exported, imported } = await roundTrip(
      { kind: 'investigation', id: saved.id },
      'investigation',
    );
    expect(report.issues).toEqual([]);
    expect(exported.nodes).toHaveLength(world.network.nodes.length);
    expect(imported).toEqual(exported);
  }, 120_000);

  it("a saved query's result", async () => {
    const scope: ExportScope = {
      kind: 'query',
      name: 'front-company-workers',
      params: { company: world.companyId },
    };
    const { report, exported, imported } = await roundTrip(scope, 'query');
    expect(report.issues).toEqual([]);
    expect(exported.nodes.filter((n) => n.properties.kind === 'Worker')).toHaveLength(2);
    expect(exported.relationships.length).toBeGreaterThan(1);
    expect(imported).toEqual(exported);
  }, 120_000);
});
