// The investigator's workbench in real Chromium against the real server and seeded Neo4j: the main story.
import { describe, expect, it } from 'vitest';
import { canvas, idle, shot } from './support/browser.js';
import { gqlInPage, workbenchPerSuite } from './support/workbench-page.js';

describe('workbench (Chromium)', () => {
  const ui = workbenchPerSuite();
  let frontCompanyId = '';

  it('searches "Yanbian" and adds the hit to the canvas', async () => {
    await ui.page.fill('#search-input', 'Yanbian');
    const hit = ui.page
      .locator('.hit')
      .filter({ hasText: 'FrontCompany' })
      .filter({ hasText: /yanbian/i })
      .first();
    await hit.waitFor({ timeout: 60_000 });
    await shot(ui.page, '01-search');
    await hit.click();
    await ui.page.waitForFunction(() => cyOf().nodes().length === 1);
    await idle(ui.page);
    frontCompanyId = await ui.page.evaluate(() => cyOf().nodes().first().id());
    await ui.page.locator('[data-testid=details] .title').waitFor();
    expect(await ui.page.evaluate(() => cyOf().nodes().first().data('kind'))).toBe('FrontCompany');
  }, 180_000);

  it('keeps Export on one line in the 1280 px top bar', async () => {
    const exportButton = await ui.page.evaluate(() => {
      const summary = document.querySelector('.topbar .export-menu summary') as HTMLElement;
      const style = getComputedStyle(summary);
      const px = (v: string) => Number.parseFloat(v) || 0;
      const box = summary.getBoundingClientRect();
      const frame =
        px(style.paddingTop) +
        px(style.paddingBottom) +
        px(style.borderTopWidth) +
        px(style.borderBottomWidth);
      return { textHeight: box.height - frame, fontSize: px(style.fontSize) };
    });
    // One line is about 1.2 em high, two lines 2.4 em.
    expect(exportButton.textHeight).toBeLessThan(2 * exportButton.fontSize);
  });

  it('opens the front company network as a group', async () => {
    await ui.page.getByRole('button', { name: 'Open network' }).first().click();
    // The network of a real anchor is the slowest read there is (docs/performance.md: ~10 s on an idle
    // machine, as the whole synthetic world attaches to it).
    await ui.page.waitForFunction(() => cyOf().nodes('.group').length === 1, undefined, { timeout: 240_000 });
    await idle(ui.page);
    const members = await ui.page.evaluate(() => cyOf().nodes('.group').children().length);
    expect(members).toBeGreaterThan(5);
    await ui.page.waitForTimeout(400);
    await shot(ui.page, '02-network');
  }, 300_000);

  it('collapses the network into one node with a summary badge and expands it back', async () => {
    const before = await canvas(ui.page);
    await ui.page.evaluate(() => {
      const cy = cyOf();
      cy.$(':selected').unselect();
      cy.nodes('.group').select();
    });
    await ui.page.getByRole('button', { name: 'Collapse group' }).click();
    const collapsed = await canvas(ui.page);
    expect(collapsed.collapsed).toHaveLength(1);
    expect(collapsed.nodes).toBeLessThan(before.nodes);
    const badge = await ui.page.evaluate(() => String(cyOf().nodes('.group').data('badge')));
    expect(badge).toMatch(/\d+ \w+/);
    await ui.page.keyboard.press('f');
    await ui.page.waitForTimeout(300);
    await shot(ui.page, '03-collapsed');
    await ui.page.getByRole('button', { name: 'Expand group' }).click();
    const expanded = await canvas(ui.page);
    expect(expanded.collapsed).toHaveLength(0);
    expect(expanded.ids).toEqual(before.ids);
  }, 180_000);

  it('finds and highlights a path between two entities', async () => {
    // The front company and the member farthest from it in hops: a path that is not a single edge.
    const target = await ui.page.evaluate((from) => {
      const cy = cyOf();
      const dist = cy.elements().dijkstra({ root: cy.getElementById(from), directed: false });
      const far = cy
        .nodes()
        .filter((n) => !n.isParent() && n.id() !== from && Number.isFinite(dist.distanceTo(n)))
        .sort(
          (a, b) =>
            dist.distanceTo(b as import('cytoscape').NodeSingular) -
            dist.distanceTo(a as import('cytoscape').NodeSingular),
        )
        .first();
      cy.$(':selected').unselect();
      cy.getElementById(from).select();
      far.select();
      return far.id();
    }, frontCompanyId);
    expect(target).toBeTruthy();
    await ui.page.click('#find-paths');
    await ui.page.waitForFunction(() => cyOf().edges('.path').length > 0, undefined, { timeout: 90_000 });
    await idle(ui.page);
    await ui.page.waitForTimeout(400);
    await shot(ui.page, '04-paths');
    expect(await ui.page.evaluate(() => cyOf().nodes('.path-end').length)).toBe(2);
    await ui.page.keyboard.press('Escape');
  }, 180_000);

  it('runs a saved query with a parameter: rows as a table, graph onto the canvas', async () => {
    const { savedQueries } = await gqlInPage<{
      savedQueries: { name: string; parameters: { name: string; type: string; required: boolean }[] }[];
    }>(ui.page, '{ savedQueries { name parameters { name type required } } }');
    // A query with exactly one entity parameter (the front company); the others keep their defaults.
    const withParam = savedQueries.find(
      (q) => q.parameters.filter((p) => p.type === 'id').length === 1 && /company/.test(q.name),
    );
    expect(withParam).toBeDefined();
    const q = withParam as NonNullable<typeof withParam>;
    await ui.page.click('[data-tab=queries]');
    await ui.page.click(`[data-query="${q.name}"]`);
    for (const p of q.parameters) {
      if (p.type === 'id') await ui.page.fill(`#param-${p.name}`, frontCompanyId);
      else if (p.required && (await ui.page.inputValue(`#param-${p.name}`)) === '')
        await ui.page.fill(`#param-${p.name}`, /int|float|number/i.test(p.type) ? '5' : 'Yanbian');
    }
    await ui.page.click('#run-saved-query');
    // A query on a real anchor reads the whole world attached to it (docs/performance.md: seconds at p99).
    await ui.page.locator('[data-testid=result-table] tbody tr').first().waitFor({ timeout: 240_000 });
    await idle(ui.page);
    await shot(ui.page, '05-saved-query');
    expect(await ui.page.locator('[data-testid=result-table] tbody tr').count()).toBeGreaterThan(0);
  }, 300_000);

  it('undoes and redoes the last canvas operation', async () => {
    const before = await canvas(ui.page);
    await ui.page.evaluate(() => {
      cyOf().$(':selected').unselect();
      cyOf().nodes().not(':parent').last().select();
    });
    await ui.page.locator('.brand').click();
    await ui.page.keyboard.press('Delete');
    expect((await canvas(ui.page)).nodes).toBe(before.nodes - 1);
    await ui.page.keyboard.press('Control+z');
    expect((await canvas(ui.page)).ids).toEqual(before.ids);
    await ui.page.keyboard.press('Control+Shift+z');
    expect((await canvas(ui.page)).nodes).toBe(before.nodes - 1);
    await ui.page.keyboard.press('Control+z');
    expect((await canvas(ui.page)).ids).toEqual(before.ids);
  }, 60_000);

  it('runs ad-hoc Cypher from the highlighted editor', async () => {
    await ui.page.click('[data-tab=cypher]');
    await ui.page.locator('.cm-editor').waitFor({ timeout: 60_000 });
    expect(await ui.page.locator('.cm-editor .cm-line span').count()).toBeGreaterThan(3);
    await ui.page.getByRole('button', { name: 'Run', exact: true }).click();
    await ui.page.locator('[data-testid=result-table] tbody tr').first().waitFor({ timeout: 90_000 });
    await idle(ui.page);
    await shot(ui.page, '06-cypher');
  }, 180_000);

  it('saves the investigation and reopens it after a reload with the same elements and positions', async () => {
    await ui.page.click('#save-investigation');
    await ui.page.waitForURL(/investigation=/, { timeout: 90_000 });
    const saved = await canvas(ui.page);
    await ui.page.reload();
    await ui.page.waitForFunction(
      (n) => !!(window as unknown as { __threadline?: unknown }).__threadline && cyOf().nodes().length === n,
      saved.nodes,
      { timeout: 90_000 },
    );
    await idle(ui.page);
    const reopened = await canvas(ui.page);
    expect(reopened.ids).toEqual(saved.ids);
    for (const [id, p] of Object.entries(saved.positions)) {
      expect(reopened.positions[id]?.x).toBeCloseTo(p.x, 3);
      expect(reopened.positions[id]?.y).toBeCloseTo(p.y, 3);
    }
    await ui.page.click('[data-tab=investigations]');
    await ui.page.waitForTimeout(300);
    await shot(ui.page, '07-reopened');
    await ui.page.setViewportSize({ width: 1920, height: 1080 });
    await ui.page.waitForTimeout(500);
    await ui.page.keyboard.press('f');
    await ui.page.waitForTimeout(500);
    await shot(ui.page, '08-wide-1920');
    expect(ui.pageErrors).toEqual([]);
  }, 180_000);
});
