// Signing in through the form in real Chromium: a wrong password first (a clear error), then the right one;
// the top bar says who is signed in; a viewer is not offered what the role does not allow; an expired session
// brings the login screen back over the canvas, which is still there after signing in again.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idle, settledCanvas, shot } from './support/browser.js';
import { E2E_VIEWER } from './support/login.js';
import { openWorkbench, type Workbench, waitForWorkbench } from './support/workbench-page.js';

async function submit(page: Page, username: string, password: string): Promise<void> {
  await page.fill('#login-username', username);
  await page.fill('#login-password', password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('login (Chromium)', () => {
  let wb: Workbench;
  let page: Page;

  beforeAll(async () => {
    wb = await openWorkbench({ viewport: { width: 1280, height: 800 }, signIn: false });
    page = wb.page;
  }, 900_000);

  afterAll(async () => {
    await wb?.close();
  }, 180_000);

  it('refuses a wrong password with a clear error, then signs in through the form', async () => {
    await page.locator('[data-testid=login]').waitFor({ timeout: 60_000 });
    await submit(page, E2E_VIEWER.username, 'not-the-password');
    const error = page.getByRole('alert');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.textContent()).toBe('Wrong username or password.');
    expect(await page.inputValue('#login-password')).toBe('');
    await shot(page, '12-login');

    await submit(page, E2E_VIEWER.username, E2E_VIEWER.password);
    await waitForWorkbench(page);
    await page.locator('[data-testid=login]').waitFor({ state: 'detached' });
    expect(await page.locator('[data-testid=signed-in-as]').textContent()).toContain(
      `Signed in as ${E2E_VIEWER.username} (viewer)`,
    );
  }, 180_000);

  it('offers a viewer neither saving, exporting, queries nor cases', async () => {
    expect(await page.locator('#save-investigation').count()).toBe(0);
    expect(await page.getByLabel('Export').count()).toBe(0);
    for (const tab of ['queries', 'cypher', 'investigations'])
      expect(await page.locator(`[data-tab=${tab}]`).count()).toBe(0);
    expect(await page.locator('[data-tab=filters]').count()).toBe(1);
  }, 60_000);

  it('brings the login screen back when the session ends mid-work, keeping the canvas', async () => {
    await page.fill('#search-input', 'Yanbian');
    const hit = page.locator('.hit').filter({ hasText: 'FrontCompany' }).first();
    await hit.waitFor({ timeout: 60_000 });
    await hit.click();
    await page.waitForFunction(() => cyOf().nodes().length === 1);
    await idle(page);
    const before = await settledCanvas(page);

    // The session cookie goes away (as when it expires): the next API call answers 401.
    await wb.context.clearCookies();
    await page.fill('#search-input', 'Volasys');
    await page.locator('[data-testid=login]').waitFor({ timeout: 60_000 });
    expect(await page.locator('.login p').textContent()).toMatch(/session has ended/);

    await submit(page, E2E_VIEWER.username, E2E_VIEWER.password);
    await page.locator('[data-testid=login]').waitFor({ state: 'detached' });
    const after = await settledCanvas(page);
    expect(after.ids).toEqual(before.ids);
    // Same place (a settling placement may still have nudged it by a pixel or two meanwhile).
    for (const [id, p] of Object.entries(before.positions)) {
      expect(Math.abs((after.positions[id]?.x ?? Number.NaN) - p.x)).toBeLessThan(5);
      expect(Math.abs((after.positions[id]?.y ?? Number.NaN) - p.y)).toBeLessThan(5);
    }
    expect(wb.pageErrors).toEqual([]);
  }, 180_000);

  it('signs out to the login screen', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.locator('[data-testid=login]').waitFor({ timeout: 60_000 });
    const me = await page.evaluate(async () => (await fetch('/auth/me')).status);
    expect(me).toBe(401);
  }, 60_000);
});
