// `npx tsx bench/ui/profile.ts [canvas|webgl] [nodes]`: one bench/ui case under the Chrome DevTools CPU profiler;
// prints the functions with the most self time (and writes the .cpuprofile for DevTools) to find where it goes.
/// <reference lib="dom" />
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ensureWebBuild } from '../../tests/e2e/support/build-web.js';
import { inPageBench } from './in-page.js';
import { serveDist } from './static-server.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const renderer = process.argv[2] ?? 'canvas';
const nodes = Number(process.argv[3] ?? 5000);
await ensureWebBuild();
const site = await serveDist(path.resolve(import.meta.dirname, '../../web/dist'));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${site.url}/?renderer=${renderer}`);
  await page.waitForFunction(() => !!(window as unknown as { __threadline?: unknown }).__threadline);
  await page.evaluate('window.__name = (f) => f');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  const result = await page.evaluate(inPageBench, {
    nodes,
    edges: nodes * 2,
    expand: nodes === 5000 ? 200 : 0,
  });
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  writeFileSync(`/tmp/ui-${renderer}-${nodes}.cpuprofile`, JSON.stringify(profile));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const byFn = new Map<string, number>();
  for (const n of profile.nodes) {
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
    byFn.set(key, (byFn.get(key) ?? 0) + (self.get(n.id) ?? 0) / 1000);
  }
  console.log(
    JSON.stringify(result),
    `load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  for (const [k, v] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 40))
    console.log(v.toFixed(0).padStart(7), k);
} finally {
  await browser.close();
  await site.close();
}
