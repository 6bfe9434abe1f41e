// Real Chromium (Debian's /usr/bin/chromium) through playwright-core, and helpers to read the canvas.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

export const ARTIFACTS = path.resolve(import.meta.dirname, '../../artifacts');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  // Generous: a big canvas on a busy machine can take a while to paint.
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), timeout: 120_000 });
}

export interface CanvasInfo {
  nodes: number;
  edges: number;
  ids: string[];
  positions: Record<string, { x: number; y: number }>;
  collapsed: string[];
}

/** What is on the canvas, read through window.__threadline. */
export function canvas(page: Page): Promise<CanvasInfo> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __threadline: { cy: import('cytoscape').Core } }).__threadline.cy;
    const positions: Record<string, { x: number; y: number }> = {};
    cy.nodes().forEach((n) => {
      if (!n.isParent()) positions[n.id()] = { ...n.position() };
    });
    return {
      nodes: cy.nodes().length,
      edges: cy.edges().length,
      ids: cy
        .elements()
        .map((e) => e.id())
        .sort(),
      positions,
      collapsed: cy.nodes('.cy-expand-collapse-collapsed-node').map((n) => n.id()),
    };
  });
}

/** Wait until no operation is busy (the top bar's busy text is empty). */
export async function idle(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const wb = (
        window as unknown as { __threadline?: { workbench: { store: { get(): { busy: string | null } } } } }
      ).__threadline;
      return !!wb && wb.workbench.store.get().busy === null;
    },
    undefined,
    { timeout },
  );
}

/**
 * The canvas once no node has moved between two reads 300 ms apart: idle() says no request or layout is running,
 * but a placement may still be animating its last frames. Bounded by `timeout`; then the last read is returned.
 */
export async function settledCanvas(page: Page, timeout = 30_000): Promise<CanvasInfo> {
  const deadline = Date.now() + timeout;
  let last = await canvas(page);
  for (;;) {
    await page.waitForTimeout(300);
    const next = await canvas(page);
    if (JSON.stringify(next.positions) === JSON.stringify(last.positions) || Date.now() > deadline)
      return next;
    last = next;
  }
}
