// Renders one run as Markdown: machine, dataset, a table per workload group, the targets met or missed.
import type { BenchReport } from './report-types.js';

const cell = (v: number | null | undefined) => (v === null || v === undefined ? 'n/a' : String(v));
const mark = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : '**missed**');

function workloadTable(r: BenchReport): string[] {
  const lines = [
    '| Workload | c | Unit | Ops | Errors | Throughput (ops/s) | p50 ms | p95 ms | p99 ms | max ms | Node RSS MB | JVM RSS MB | JVM heap used MB |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const w of r.workloads) {
    const s = w.result;
    lines.push(
      `| ${w.label} | ${w.concurrency} | ${w.unit} | ${s.count} | ${s.errors} | ${s.throughput} | ${s.p50Ms} | ${s.p95Ms} | ${s.p99Ms} | ${s.maxMs} | ${cell(w.memory.nodeRssMb)} | ${cell(w.memory.javaRssMb)} | ${cell(w.memory.jvmHeapUsedMb)} |`,
    );
  }
  const errors = r.workloads.filter((w) => w.result.firstError);
  if (errors.length) {
    lines.push('', 'First error per workload:');
    for (const w of errors) lines.push(`- ${w.label}: \`${w.result.firstError}\``);
  }
  return lines;
}

function uiTables(r: BenchReport): string[] {
  if (!r.ui) return ['UI workload not run.'];
  const { webgl } = r.ui;
  const lines = [
    `Chromium ${r.ui.chromium}; WebGL2 ${webgl.available ? 'available' : 'NOT available'}` +
      (webgl.renderer ? ` (renderer: ${webgl.renderer})` : '') +
      (webgl.software
        ? ' — software GL (SwiftShader/llvmpipe): WebGL timings are CPU-bound and pessimistic.'
        : ''),
    '',
    '| Renderer | Nodes | Edges | Draw ms | Layout ms | Total ms | Note |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const c of r.ui.cases) {
    lines.push(
      `| ${c.renderer} | ${c.nodes} | ${c.edges} | ${cell(c.drawMs)} | ${cell(c.layoutMs)} | ${cell(c.totalMs)} | ${c.error ?? ''} |`,
    );
  }
  lines.push(
    '',
    '| Renderer | Canvas nodes/edges | Added nodes/edges | Add + place ms | of which UI code ms | Note |',
    '|---|---|---|---|---|---|',
  );
  for (const x of r.ui.expand) {
    lines.push(
      `| ${x.renderer} | ${x.canvasNodes}/${x.canvasEdges} | ${x.addedNodes}/${x.addedEdges} | ${cell(x.addMs)} | ${cell(x.addCodeMs ?? null)} | ${x.error ?? ''} |`,
    );
  }
  return lines;
}

export function renderMarkdown(r: BenchReport): string {
  const m = r.machine;
  const d = r.dataset;
  return [
    `# Threadline bench: ${r.scale} scale, ${r.startedAt}`,
    '',
    `Run \`${r.runId}\`, ${r.startedAt} → ${r.finishedAt}.`,
    '',
    '## Machine',
    '',
    `- CPU: ${m.cpuModel}, ${m.cores} cores; memory ${m.memoryGiB} GiB; ${m.platform}`,
    `- Load average at start: ${m.loadAverage.join(', ')}${m.loadAverage[0] > m.cores ? ' — the machine was shared and busy: figures are pessimistic' : ''}`,
    `- Node ${m.node}; ${m.java}; ${m.neo4j}`,
    '',
    '## Dataset',
    '',
    `Synthetic world, scale ${d.scale}, seed ${d.seed}: ${d.nodes.toLocaleString('en-US')} nodes, ${d.relationships.toLocaleString('en-US')} relationships. ` +
      (d.loadedThisRun
        ? `Loaded in this run: ${d.seedSeconds} s.`
        : `Already loaded (seed took ${d.seedSeconds} s when it was).`) +
      (d.partial
        ? ` **Partial world**: the load stopped at its time limit (--max-load-minutes) after ${d.partial.cellsDone.toLocaleString('en-US')} of ${d.partial.cellsTotal.toLocaleString('en-US')} cells (the frame of front companies, farms and employers first, then workers and noise); the next run resumes it.`
        : ''),
    '',
    `Each workload: ${r.load.warmup} warm-up calls, then at most ${r.load.maxCalls} calls or ${r.load.maxMs / 1000} s. Latency is measured on the client side (HTTP round trip for GraphQL rows, driver round trip for bare-driver rows).`,
    '',
    '## Targets',
    '',
    '| Target | Wanted | Measured | Result |',
    '|---|---|---|---|',
    ...r.targets.map((t) => `| ${t.name} | ${t.target} | ${t.measured} | ${mark(t.met)} |`),
    '',
    '## Server and database workloads',
    '',
    ...workloadTable(r),
    '',
    `Node server peak RSS over the whole run (VmHWM): ${cell(r.serverPeakRssMb)} MB.`,
    '',
    '## PROFILE: neighbourhood, depth 1, limit 200',
    '',
    '| Start | Degree | DB hits | Rows | ms (incl. round trip) | Top operators by DB hits |',
    '|---|---|---|---|---|---|',
    ...r.profiles.map(
      (p) =>
        `| ${p.startId} | ${p.degree} | ${p.dbHits} | ${p.rows} | ${p.ms} | ${p.topOperators.join(', ')} |`,
    ),
    '',
    '## UI (headless Chromium, Cytoscape.js)',
    '',
    ...uiTables(r),
    '',
    ...(r.notes.length ? ['## Notes', '', ...r.notes.map((n) => `- ${n}`), ''] : []),
  ].join('\n');
}
