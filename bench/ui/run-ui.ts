// The browser workload: headless Chromium loads the built workbench and times the real UI code adding,
// placing and painting 1k/5k/20k-node graphs and an expansion on the 5k canvas, canvas vs WebGL renderer.
/// <reference lib="dom" />
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { ensureWebBuild } from '../../tests/e2e/support/build-web.js';
import { type InPageArgs, type InPageResult, inPageBench } from './in-page.js';
import { serveDist } from './static-server.js';
import type { UiCase, UiExpandCase, UiResult } from './types.js';

const DIST = path.resolve(import.meta.dirname, '../../web/dist');
const SIZES = [1_000, 5_000, 20_000];
/** Expand case: 200 new nodes (the neighbourhood limit) onto the 5,000-node canvas. */
const EXPAND = 200;
// A case past this is reported as "over N s".
const CASE_TIMEOUT_MS = 180_000;

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

async function freshPage(browser: Browser, url: string, renderer: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${url}/?renderer=${renderer}`);
  await page.waitForFunction(
    () => !!(window as unknown as { __threadline?: unknown }).__threadline,
    undefined,
    {
      timeout: 60_000,
    },
  );
  // tsx (esbuild keepNames) wraps functions in __name(); the serialised in-page function needs it defined.
  await page.evaluate('window.__name = (f) => f');
  return page;
}

async function webglInfo(page: Page): Promise<UiResult['webgl']> {
  return page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return { available: false, renderer: null, software: false };
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(
      ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER),
    );
    return { available: true, renderer, software: /swiftshader|llvmpipe|software/i.test(renderer) };
  });
}

/** One case in its own page, so a slow or crashed case never taints the next. */
async function runCase(
  browser: Browser,
  url: string,
  renderer: string,
  args: InPageArgs,
): Promise<InPageResult | { error: string }> {
  const page = await freshPage(browser, url, renderer);
  try {
    const timeout = new Promise<{ error: string }>((r) =>
      setTimeout(() => r({ error: `over ${CASE_TIMEOUT_MS / 1000} s` }), CASE_TIMEOUT_MS),
    );
    return await Promise.race([page.evaluate(inPageBench, args), timeout]);
  } catch (error) {
    return { error: (error as Error).message.split('\n')[0] ?? 'failed' };
  } finally {
    await page.close().catch(() => {});
  }
}

const ms = (v: number | null | undefined) => (v === null || v === undefined ? null : Math.round(v));

export async function runUi(log: (line: string) => void): Promise<UiResult> {
  await ensureWebBuild();
  const site = await serveDist(DIST);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: FLAGS,
  });
  try {
    const probe = await freshPage(browser, site.url, 'canvas');
    const webgl = await webglInfo(probe);
    await probe.close();
    log(`ui: Chromium ${browser.version()}, WebGL2 ${webgl.available ? webgl.renderer : 'not available'}`);
    const renderers = webgl.available ? (['canvas', 'webgl'] as const) : (['canvas'] as const);
    const cases: UiCase[] = [];
    const expand: UiExpandCase[] = [];
    for (const renderer of renderers) {
      for (const nodes of SIZES) {
        const edges = nodes * 2;
        const withExpand = nodes === 5_000 ? EXPAND : 0;
        log(`ui: ${renderer} ${nodes} nodes / ${edges} edges …`);
        const r = await runCase(browser, site.url, renderer, { nodes, edges, expand: withExpand });
        if ('error' in r) {
          cases.push({ renderer, nodes, edges, drawMs: null, layoutMs: null, totalMs: null, error: r.error });
        } else {
          cases.push({
            renderer,
            nodes,
            edges,
            drawMs: ms(r.drawMs),
            layoutMs: ms(r.layoutMs),
            totalMs: ms(r.drawMs + r.layoutMs),
          });
        }
        const last = cases[cases.length - 1];
        log(`  draw ${last?.drawMs} ms, layout ${last?.layoutMs} ms${last?.error ? ` (${last.error})` : ''}`);
        if (withExpand) {
          const addMs = 'error' in r ? null : ms(r.addMs);
          expand.push({
            renderer,
            canvasNodes: nodes,
            canvasEdges: edges,
            addedNodes: EXPAND,
            addedEdges: EXPAND,
            addMs,
            addCodeMs: 'error' in r ? null : ms(r.addCodeMs),
            ...('error' in r ? { error: r.error } : {}),
          });
          log(`  expand +${EXPAND}: ${addMs} ms (UI code ${'error' in r ? null : ms(r.addCodeMs)} ms)`);
        }
      }
    }
    return { chromium: browser.version(), webgl, cases, expand };
  } finally {
    await browser.close();
    await site.close();
  }
}
