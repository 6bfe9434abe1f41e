// `npx tsx bench/ui/main.ts`: only the browser workload (no Neo4j, no API server), printed as a table with
// the load average it ran under. `npm run bench -- --only ui` runs the same inside the full report.
import { loadavg } from 'node:os';
import { runUi } from './run-ui.js';

const before = loadavg();
const result = await runUi((line) => console.log(line));
const after = loadavg();
console.log(
  `\nload average before ${before.map((l) => l.toFixed(2)).join(' ')}, after ${after.map((l) => l.toFixed(2)).join(' ')}`,
);
console.log('| Renderer | Nodes / edges | Draw ms | Layout ms | Total ms |');
console.log('|---|---|---|---|---|');
for (const c of result.cases)
  console.log(
    `| ${c.renderer} | ${c.nodes.toLocaleString('en-US')} / ${c.edges.toLocaleString('en-US')} | ${c.drawMs ?? c.error} | ${c.layoutMs ?? ''} | ${c.totalMs ?? ''} |`,
  );
for (const e of result.expand)
  console.log(
    `expand +${e.addedNodes} on ${e.canvasNodes.toLocaleString('en-US')} (${e.renderer}): ${e.addMs ?? e.error} ms`,
  );
