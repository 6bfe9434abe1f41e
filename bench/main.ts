// `npm run bench [-- --scale medium]`: own Neo4j + Threadline server, load the world, run every workload, report.
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createApiKey, revokeApiKey } from '../server/auth/api-keys.js';
import { REPO_ROOT } from '../server/db/config.js';
import { parseArgs } from './args.js';
import { bareDriver, startBenchDatabase } from './bench-neo4j.js';
import { ensureDataset } from './dataset.js';
import { graphqlClient } from './http-client.js';
import type { LoadOptions, LoadResult } from './load.js';
import { machineFacts } from './machine.js';
import { MemorySampler, procStatusKb } from './memory.js';
import { startNeo4jGraphql } from './neo4j-graphql/server.js';
import { type ProfileRow, profileNeighborhood } from './profile.js';
import { renderMarkdown } from './report-md.js';
import type { BenchReport, WorkloadRow } from './report-types.js';
import { drawSamples } from './samples.js';
import { evaluateTargets } from './targets.js';
import { startThreadline } from './threadline-server.js';
import { runUi } from './ui/run-ui.js';
import { type ExpandSide, runExpand, runExpandInterleaved } from './workloads/expand.js';
import { runBoltFloor, runHttpFloor } from './workloads/floor.js';
import { cleanIngest, runIngest } from './workloads/ingest.js';
import { type ReadName, runRead, SAVED_QUERIES } from './workloads/reads.js';

const log = (line: string) => console.log(`bench: ${line}`);
const args = parseArgs(process.argv.slice(2));
const startedAt = new Date();
const runId = `${startedAt.toISOString().replace(/[-:]/g, '').slice(0, 15)}-${randomBytes(2).toString('hex')}`;
const load: LoadOptions = {
  concurrency: 1,
  warmup: args.warmup,
  maxCalls: args.calls,
  maxMs: args.seconds * 1000,
};
const notes: string[] = [];
const workloads: WorkloadRow[] = [];

log(`run ${runId}: scale ${args.scale}, groups ${args.only.join(',')}`);
const bench = await startBenchDatabase(args.scale, log);
const machine = await machineFacts(bench.db);
let server: Awaited<ReturnType<typeof startThreadline>> | undefined;
let neoGraphql: Awaited<ReturnType<typeof startNeo4jGraphql>> | undefined;
const driver = bareDriver(bench);
let serverPeakRssMb: number | null = null;
let profiles: ProfileRow[] = [];
try {
  const dataset = await ensureDataset(bench.db, bench.storeDir, args.scale, log, args.maxLoadMinutes);
  if (args.seedOnly) {
    log(`seed only: ${dataset.nodes} nodes, ${dataset.relationships} relationships in ${bench.storeDir}`);
    await driver.close();
    await bench.stop();
    process.exit(0);
  }
  server = await startThreadline(bench, log);
  // The server answers 401 without credentials: the bench calls it with an API key made for this run.
  const apiKey = await createApiKey(bench.db, { name: `bench-${runId}`, roles: ['admin'] });
  const client = graphqlClient(`${server.url}/graphql`, { authorization: `Bearer ${apiKey.key}` });
  const sampler = new MemorySampler(server.pid, bench.javaPid, bench.db);
  const samples = await drawSamples(bench.db);
  log(
    `samples: ${samples.starts.length} starts, ${samples.pairs.length} pairs, ${samples.words.length} words, ${samples.frontCompanies.length} front companies`,
  );

  const measure = async (
    id: string,
    label: string,
    unit: string,
    concurrency: number,
    run: () => Promise<LoadResult>,
  ) => {
    log(`${label} (c=${concurrency}) …`);
    sampler.start();
    const result = await run();
    const memory = await sampler.stop();
    workloads.push({ id, label, concurrency, unit, result, memory });
    log(
      `  ${result.count} ops, ${result.throughput}/s, p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms, p99 ${result.p99Ms} ms, errors ${result.errors}${result.firstError ? ` (${result.firstError})` : ''}`,
    );
  };

  // Floors first: they say how much of every later figure is this machine rather than Threadline.
  await measure('floor.bolt', 'Floor: RETURN 1, bare driver', 'query', 1, () => runBoltFloor(driver, load));
  await measure('floor.http', 'Floor: { __typename } over HTTP (no database)', 'request', 1, () =>
    runHttpFloor(client, load),
  );

  if (args.only.includes('expand')) {
    neoGraphql = await startNeo4jGraphql(driver);
    const neoClient = graphqlClient(neoGraphql.url);
    const targets = { threadline: client, neo4jGraphql: neoClient, driver };
    const labels: Record<ExpandSide, string> = {
      threadline: 'Expand 1 hop: Threadline GraphQL',
      bare: 'Expand 1 hop: same Cypher, bare driver',
      neo4jGraphql: 'Expand 1 hop: @neo4j/graphql',
    };
    const sides = ['threadline', 'bare', 'neo4jGraphql'] as const;
    const unit = (side: ExpandSide) => (side === 'bare' ? 'query' : 'request');
    // c=1: the three sides call by call on the same starts, in one memory window (runInterleaved says why).
    log('Expand 1 hop, the three sides interleaved (c=1) …');
    sampler.start();
    const single = await runExpandInterleaved(sides, targets, samples.starts, {
      ...load,
      concurrency: 1,
      // The time bound is per side, as for a workload measured alone.
      maxMs: load.maxMs * sides.length,
    });
    const singleMemory = await sampler.stop();
    sides.forEach((side, i) => {
      const result = single[i] as LoadResult;
      workloads.push({
        id: `expand.${side}.c1`,
        label: labels[side],
        concurrency: 1,
        unit: unit(side),
        result,
        memory: singleMemory,
      });
      log(
        `  ${labels[side]}: ${result.count} ops, p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms, errors ${result.errors}`,
      );
    });
    // c=16 one side at a time (a side's concurrency is the point), after c=1 warmed all three.
    for (const side of sides) {
      await measure(`expand.${side}.c16`, labels[side], unit(side), 16, () =>
        runExpand(side, targets, samples.starts, { ...load, concurrency: 16 }),
      );
    }
    neoClient.close();
  }

  if (args.only.includes('reads')) {
    const reads: [ReadName, string][] = [
      ['paths', 'Shortest paths (≤ 6 hops, random pairs, supernodes avoided: the default)'],
      ['paths-hubs', 'Shortest paths (≤ 6 hops, random pairs, through supernodes too: maxDegree null)'],
      ['search', 'Full-text search'],
      ['cluster', 'Front company cluster (frontCompanyNetwork)'],
      ...SAVED_QUERIES.map((q): [ReadName, string] => [q, `Saved query: ${q}`]),
    ];
    for (const [name, label] of reads) {
      // Saved queries and clusters scan far more than an expand: fewer calls keep the run bounded.
      const heavy = name !== 'search' && name !== 'paths' && name !== 'paths-hubs';
      await measure(name, label, 'request', 1, () =>
        runRead(
          name,
          client,
          samples,
          heavy ? { ...load, warmup: Math.min(load.warmup, 3), maxCalls: Math.min(load.maxCalls, 60) } : load,
        ),
      );
    }
  }

  if (args.only.includes('ingest')) {
    const ingestLoad = {
      ...load,
      // Both sides' first batches are several times slower (plan cache, JIT, index pages): warm both well.
      warmup: 8,
      maxCalls: args.scale === 'small' ? 20 : 30,
      maxMs: Math.max(load.maxMs, 60_000),
    };
    const result = await (async () => {
      sampler.start();
      const r = await runIngest(client, driver, runId, ingestLoad);
      return { r, memory: await sampler.stop() };
    })();
    workloads.push(
      {
        id: 'ingest.threadline',
        label: 'Ingest: upsertEntities over HTTP',
        concurrency: 1,
        unit: '1,000-entity batch',
        result: result.r.threadline,
        memory: result.memory,
      },
      {
        id: 'ingest.bare',
        label: 'Ingest: UNWIND … MERGE, bare driver',
        concurrency: 1,
        unit: '1,000-entity batch',
        result: result.r.bare,
        memory: result.memory,
      },
    );
    log(
      `ingest: Threadline ${result.r.threadlineEntitiesPerSec} entities/s, bare ${result.r.bareEntitiesPerSec} entities/s`,
    );
    await cleanIngest(driver, runId);
    notes.push('Ingest rows share one memory window (both sides measured back to back).');
  }
  if (args.only.includes('expand'))
    notes.push(
      'Expand rows at c=1 share one memory window: the three sides ran interleaved, call by call on the same starts.',
    );

  profiles = await profileNeighborhood(driver, samples.starts).catch((error) => {
    notes.push(`PROFILE failed: ${(error as Error).message}`);
    return [];
  });
  serverPeakRssMb = (() => {
    const kb = procStatusKb(server.pid, 'VmHWM');
    return kb === null ? null : Math.round(kb / 1024);
  })();
  client.close();
  await revokeApiKey(bench.db, apiKey.id).catch(() => {});
  await neoGraphql?.stop();
  neoGraphql = undefined;
  await server.stop();
  server = undefined;
  await driver.close();
  await bench.stop();

  // The browser runs after the servers stop, so Chromium does not compete with Neo4j for the 2 cores.
  const ui = args.only.includes('ui') ? await runUi(log) : null;
  if (ui?.chromium) machine.chromium = ui.chromium;
  if (machine.loadAverage[0] > machine.cores) {
    notes.push(
      `Load average ${machine.loadAverage[0]} on ${machine.cores} cores at start: other work shared the machine, so these figures are pessimistic.`,
    );
  }
  const draft = {
    runId,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    scale: args.scale,
    machine,
    dataset,
    load,
    workloads,
    profiles,
    ui,
    serverPeakRssMb,
    notes,
  };
  const report: BenchReport = { ...draft, targets: evaluateTargets(draft) };
  const dir = path.join(REPO_ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const stamp = startedAt.toISOString().replace(/[:]/g, '-').replace(/\..*$/, '');
  const base = path.join(dir, `${stamp}-${args.scale}`);
  writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(`${base}.md`, renderMarkdown(report));
  log(`wrote ${base}.json and .md`);
  for (const t of report.targets)
    log(
      `target ${t.met === null ? '—' : t.met ? 'met   ' : 'MISSED'} ${t.name}: ${t.measured} (${t.target})`,
    );
} finally {
  await neoGraphql?.stop().catch(() => {});
  await server?.stop().catch(() => {});
  await driver.close().catch(() => {});
  await bench.stop().catch(() => {});
}
process.exit(0);
