// A supernode in real Chromium: a laptop-farm address with 450 laptops. Expanding it shows 200 and a banner
// "showing 200 of 450 laptops"; "Show more" adds the next page; "Group" folds the laptops into one group node.
import { describe, expect, it } from 'vitest';
import { writeBatches } from '../../seed/write-batches.js';
import { openTestGraphDb } from '../support/graph-db.js';
import { idle, shot } from './support/browser.js';
import { workbenchPerSuite } from './support/workbench-page.js';

const LAPTOPS = 450;
// A name of its own per run: tests isolate by data, never by wiping the shared database.
const TAG = `sn${Date.now().toString(36)}`;
const FARM = `${TAG} Farm Road 1, Supernode City`;

async function writeFarm(): Promise<void> {
  const db = await openTestGraphDb();
  // Serials are one token that does not start with the tag: searching the tag finds the farm, not 450 laptops.
  const serials = Array.from({ length: LAPTOPS }, (_, i) => `L${String(i).padStart(4, '0')}${TAG}`);
  // Batches of 150 laptops: small transactions stay inside Neo4j's timeout on a loaded machine.
  const chunks = Array.from({ length: Math.ceil(LAPTOPS / 150) }, (_, c) =>
    serials.slice(c * 150, c * 150 + 150),
  );
  try {
    await writeBatches(
      db,
      chunks.map((part) => ({
        batch: {
          entities: [
            { kind: 'Address', properties: { full: FARM, synthetic: true } },
            ...part.map((serial) => ({ kind: 'Laptop', properties: { serial, synthetic: true } })),
          ],
          relationships: part.map((serial) => ({
            type: 'SHIPPED_TO',
            from: { kind: 'Laptop', key: { serial } },
            to: { kind: 'Address', key: { full: FARM } },
          })),
        },
      })),
      { origin: 'test:e2e-supernode' },
    );
  } finally {
    await db.close();
  }
}

describe('supernode (Chromium)', () => {
  const ui = workbenchPerSuite({ prepare: writeFarm });

  it('expands 200 of 450 laptops with a banner, shows the next page, and groups them', async () => {
    await ui.page.selectOption('[aria-label="Kind filter"]', 'Address');
    await ui.page.fill('#search-input', TAG);
    const hit = ui.page.locator('.hit').filter({ hasText: 'Address' }).first();
    await hit.waitFor({ timeout: 60_000 });
    await hit.click();
    await ui.page.waitForFunction(() => cyOf().nodes().length === 1);
    await idle(ui.page);
    const farmId = await ui.page.evaluate(() => cyOf().nodes().first().id());

    await ui.page
      .locator('[data-testid=details]')
      .getByRole('button', { name: 'Expand', exact: true })
      .click();
    const banner = ui.page.locator('.banner').first();
    await banner.waitFor({ timeout: 90_000 });
    await idle(ui.page);
    // The banner says what the canvas holds: "<farm>: showing 200 of 450 laptops", a full page of neighbours
    // (the farm itself is not one of them).
    const laptops = () => ui.page.evaluate(() => cyOf().nodes('[kind = "Laptop"]').length);
    const bannerText = async () => String(await banner.locator('span').first().textContent());
    expect(await bannerText()).toMatch(/: showing 200 of 450 laptops$/);
    expect(await laptops()).toBe(200);
    await ui.page.keyboard.press('f');
    await ui.page.waitForTimeout(300);
    await shot(ui.page, '10-supernode-banner');

    await banner.getByRole('button', { name: 'Show 200 more' }).click();
    await ui.page.waitForFunction(() => cyOf().nodes('[kind = "Laptop"]').length > 200, undefined, {
      timeout: 90_000,
    });
    await idle(ui.page);
    // The next page starts where the first ended: none skipped, none twice.
    expect(await laptops()).toBe(400);
    await expect.poll(bannerText, { timeout: 30_000 }).toMatch(/: showing 400 of 450 laptops$/);
    await banner.getByRole('button', { name: 'Show 50 more' }).waitFor();

    await ui.page.locator('.banner').first().getByRole('button', { name: 'Group' }).click();
    const grouped = await ui.page.evaluate((farm) => {
      const group = cyOf().nodes('.group');
      return {
        groups: group.length,
        collapsed: group.first().hasClass('cy-expand-collapse-collapsed-node'),
        badge: String(group.data('badge') ?? ''),
        farmOutside: !cyOf().getElementById(farm).isChild(),
        visibleLaptops: cyOf().nodes('[kind = "Laptop"]').length,
      };
    }, farmId);
    expect(grouped.groups).toBe(1);
    expect(grouped.collapsed).toBe(true);
    expect(grouped.badge).toMatch(/laptops/);
    expect(grouped.farmOutside).toBe(true);
    // Collapsed: the laptops are out of the graph and inside the group node.
    expect(grouped.visibleLaptops).toBe(0);
    await ui.page.keyboard.press('f');
    await ui.page.waitForTimeout(300);
    await shot(ui.page, '11-supernode-grouped');
    expect(ui.pageErrors).toEqual([]);
  }, 300_000);
});
