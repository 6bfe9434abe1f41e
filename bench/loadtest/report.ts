// The load test's report: one JSON document and its Markdown rendering, both written to bench/results/.
import type { DatasetInfo } from '../dataset.js';
import type { MachineFacts } from '../machine.js';
import type { LoadTestArgs } from './args.js';
import type { INVESTIGATOR_MIX } from './operations.js';
import type { LoadTestResult, OpName } from './run-load.js';
import type { WriterCheck } from './verify.js';

export interface LoadTestReport {
  startedAt: string;
  finishedAt: string;
  args: LoadTestArgs;
  machine: MachineFacts;
  /** os.loadavg() when the load ended (the machine's own load, not only ours). */
  loadAverageAfter: [number, number, number];
  dataset: DatasetInfo;
  mix: typeof INVESTIGATOR_MIX;
  result: Omit<LoadTestResult, 'writtenBatches' | 'sentBatches'>;
  writer: WriterCheck;
  passed: boolean;
}

const LABELS: Record<OpName, string> = {
  search: 'search (full text, limit 20)',
  expand: 'expand (neighborhood, 1 hop, limit 200)',
  paths: 'paths (shortest, ≤ 6 hops, limit 5)',
  upsert: 'upsert batch (writer)',
};

export function renderLoadTestMarkdown(r: LoadTestReport): string {
  const rows = (Object.keys(LABELS) as OpName[]).map((op) => {
    const o = r.result.operations[op];
    return `| ${LABELS[op]} | ${o.count} | ${o.errors} | ${o.throughput} | ${o.p50Ms} | ${o.p95Ms} | ${o.p99Ms} | ${o.maxMs} |`;
  });
  const all = Object.values(r.result.operations).reduce((s, o) => s + o.count, 0);
  return `# Load test ${r.startedAt} (${r.args.scale})

${r.passed ? '**Passed**' : '**FAILED**'}: ${r.result.totalErrors} errors; writer batches landed exactly once: ${r.writer.exactlyOnce ? 'yes' : 'NO'}.

- ${r.args.investigators} investigators (closed loop, no think time; mix ${Object.entries(r.mix)
    .map(([k, v]) => `${k} ${v * 100} %`)
    .join(
      ', ',
    )}) + 1 integration writing batches of ${r.args.batchSize} laptops + ${r.args.batchSize} addresses + ${r.args.batchSize} relationships, for ${Math.round(r.result.elapsedMs / 1000)} s
- Dataset: synthetic ${r.dataset.scale} (seed ${r.dataset.seed}), ${r.dataset.nodes} nodes, ${r.dataset.relationships} relationships
- Machine: ${r.machine.cores} cores (${r.machine.cpuModel}), ${r.machine.memoryGiB} GiB, ${r.machine.node}, ${r.machine.neo4j}
- Load average (1, 5, 15 min) at start ${r.machine.loadAverage.join(', ')}; at the end ${r.loadAverageAfter.join(', ')}
- Writer: ${r.writer.batches} batches acknowledged, ${r.writer.foundEntities}/${r.writer.expectedEntities} entities and ${r.writer.foundRelationships}/${r.writer.expectedRelationships} relationships found
- ${all} operations in total, ${Math.round((all * 1000) / r.result.elapsedMs)}/s

| operation | count | errors | per second | p50 ms | p95 ms | p99 ms | max ms |
|---|---:|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}
${
  r.result.totalErrors > 0
    ? `\nErrors: ${(Object.keys(LABELS) as OpName[])
        .filter((op) => r.result.operations[op].errors > 0)
        .map(
          (op) =>
            `${op}: ${JSON.stringify(r.result.operations[op].errorCodes)} (${r.result.operations[op].firstError})`,
        )
        .join('; ')}\n`
    : ''
}`;
}
