// One signed-in workbench page per test file: the data, the UI build, a server, Chromium, a logged-in context.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.js';
import { ensureWebBuild } from './build-web.js';
import { signInContext } from './login.js';
import { ensureSeedData } from './seed-data.js';
import { type RunningServer, startServer } from './server.js';

// Page functions run in the browser, so they reach the canvas through this global (the init script below).
declare global {
  function cyOf(): import('cytoscape').Core;
}

export interface Workbench {
  server: RunningServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Uncaught errors in the page: a test ends by expecting none. */
  pageErrors: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** Query string for the first load, e.g. `?renderer=webgl`. */
  query?: string;
  /** false: leave the context signed out (the login test signs in through the form). */
  signIn?: boolean;
}

export async function openWorkbench(options: OpenOptions = {}): Promise<Workbench> {
  // Build and data first (both shared by the files running in parallel), then this file's own server.
  await ensureWebBuild();
  await ensureSeedData();
  const server = await startServer();
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 } });
  if (options.signIn !== false) await signInContext(context, server.url);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.addInitScript(() => {
    const w = window as unknown as { cyOf: () => unknown; __threadline: { cy: unknown } };
    w.cyOf = () => w.__threadline.cy;
  });
  await page.goto(`${server.url}/${options.query ?? ''}`);
  if (options.signIn !== false) await waitForWorkbench(page);
  return {
    server,
    browser,
    context,
    page,
    pageErrors,
    close: async () => {
      await browser.close().catch(() => {});
      await server.stop();
    },
  };
}

/**
 * One workbench for the describe block this is called in: opened before its tests (after `prepare`, e.g. writing
 * the file's own data), closed after them. Read `page` and `pageErrors` inside the tests.
 */
export function workbenchPerSuite(options: OpenOptions & { prepare?: () => Promise<void> } = {}) {
  let opened: Workbench | undefined;
  beforeAll(async () => {
    await options.prepare?.();
    opened = await openWorkbench(options);
  }, 900_000);
  afterAll(async () => {
    await opened?.close();
  }, 180_000);
  const workbench = (): Workbench => {
    if (!opened) throw new Error('the workbench is not open (read it inside a test)');
    return opened;
  };
  return {
    get page(): Page {
      return workbench().page;
    },
    get pageErrors(): string[] {
      return workbench().pageErrors;
    },
  };
}

/** The workbench is mounted (after sign-in): window.__threadline exists. */
export async function waitForWorkbench(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    () => !!(window as unknown as { __threadline?: unknown }).__threadline,
    undefined,
    {
      timeout,
    },
  );
}

/** A GraphQL call from inside the page, so it carries the page's session cookie. */
export function gqlInPage<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  return page.evaluate(
    async ({ query, variables }) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
      if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
      return body.data;
    },
    { query, variables },
  ) as Promise<T>;
}
