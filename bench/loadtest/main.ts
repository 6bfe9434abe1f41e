// `npm run loadtest [-- --scale small --duration 30]`: 16 investigators + 1 integration against the real
// server (a child process) on the bench's Neo4j and synthetic world; zero errors required.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../server/db/config.js';
import { startBenchDatabase } from '../bench-neo4j.js';
import { ensureDataset } from '../dataset.js';
import { machineFacts } from '../machine.js';
import { drawSamples } from '../samples.js';
import { startThreadline } from '../threadline-server.js';
import { parseLoadTestArgs } from './args.js';
import { loadClient } from './client.js';
import { loadTestHeaders } from './credentials.js';
import { INVESTIGATOR_MIX } from './operations.js';
import { type LoadTestReport, renderLoadTestMarkdown } from './report.js';
import { runLoadTest } from './run-load.js';
import { checkWriter, removeWriterData } from './verify.js';

const log = (line: string) => console.log(`loadtest: ${line}`);
// The server child inherits this: 17 clients share one API key, and the per-principal limiter (600/min)
// would measure itself rather than the server. Real investigators each have their own budget.
process.env.THREADLINE_RATE_LIMIT ??= '0';
const args = parseLoadTestArgs(process.argv.slice(2));
const startedAt = new Date();
log(
  `${args.investigators} investigators + 1 writer for ${args.durationSeconds} s on the ${args.scale} world`,
);

const bench = await startBenchDatabase(args.scale, log);
let server: Awaited<ReturnType<typeof startThreadline>> | undefined;
let exitCode = 1;
try {
  const dataset = await ensureDataset(bench.db, bench.storeDir, args.scale, log);
  server = await startThreadline(bench, log);
  const client = loadClient(server.url, await loadTestHeaders(bench.db));
  const samples = await drawSamples(bench.db);
  const machine = await machineFacts(bench.db);
  log(`load average at start: ${machine.loadAverage.join(', ')}`);
  const writerPrefix = `LOADTEST-${startedAt.getTime().toString(36)}`;
  const result = await runLoadTest(client, samples, {
    investigators: args.investigators,
    durationMs: args.durationSeconds * 1000,
    batchSize: args.batchSize,
    writerPrefix,
  });
  const loadAverageAfter = os.loadavg().map((v) => Number(v.toFixed(2))) as [number, number, number];
  const writer = await checkWriter(bench.db, result.writtenBatches);
  await removeWriterData(bench.db, result.sentBatches);
  client.close();
  const { writtenBatches: _w, sentBatches: _s, ...figures } = result;
  const report: LoadTestReport = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    args,
    machine,
    loadAverageAfter,
    dataset,
    mix: INVESTIGATOR_MIX,
    result: figures,
    writer,
    passed: result.totalErrors === 0 && writer.exactlyOnce,
  };
  const dir = path.join(REPO_ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const base = path.join(
    dir,
    `loadtest-${startedAt.toISOString().replace(/[:]/g, '-').replace(/\..*$/, '')}-${args.scale}`,
  );
  writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
  const markdown = renderLoadTestMarkdown(report);
  writeFileSync(`${base}.md`, markdown);
  console.log(markdown);
  log(`wrote ${base}.json and .md`);
  exitCode = report.passed ? 0 : 1;
} finally {
  await server?.stop().catch(() => {});
  await bench.stop().catch(() => {});
}
process.exit(exitCode);
