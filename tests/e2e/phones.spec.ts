import { expect, test, type Locator, type Page } from '@playwright/test';
import { reach, typeLine, watchErrors } from './helpers';

/**
 * What a reader on a 360 px phone sees of the widgets whose content is wider than the phone:
 * tables become cards with every column, rows of controls line up, and esxtop's wide screen
 * scrolls inside itself (by keyboard too) while the page does not. widgets-sweep.spec.ts checks
 * every widget's sizes; these check that nothing is lost.
 */
const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`no box for ${locator}`);
  return found;
}

/** Every one of `cells` lies within `frame` from side to side: nothing hides past its edge. */
async function expectInside(cells: Locator, frame: Locator) {
  const outer = await box(frame);
  const count = await cells.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index += 1) {
    const inner = await box(cells.nth(index));
    expect(inner.x, `${await cells.nth(index).innerText()} starts inside`).toBeGreaterThanOrEqual(outer.x - 0.5);
    expect(inner.x + inner.width, `${await cells.nth(index).innerText()} ends inside`).toBeLessThanOrEqual(outer.x + outer.width + 0.5);
  }
}

const pageScrollsSideways = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth > document.scrollingElement!.clientWidth);

test.describe('on a 360 px phone', () => {
  test.use(PHONE);

  test('the process explorer shows every column of a world, and each service with its state and button on one line', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/architecture/');
    const explorer = page.getByRole('region', { name: /^Process explorer, esx01/ }).first();
    await reach(explorer);
    const table = explorer.getByRole('group', { name: 'Worlds table (scrolls)' });
    const hostd = table.locator('tr[data-world="hostd-poll"]');
    await hostd.scrollIntoViewIfNeeded();
    // Each cell says which column it is, and none lies beyond the table's box.
    for (const label of ['State', 'World ID', 'Service', 'Ports', 'What it does', 'If it stops']) {
      await expect(hostd.locator(`td[data-label="${label}"]`)).toBeVisible();
    }
    await expect(hostd.locator('[data-field="breaks"]')).toHaveText('The vSphere Client and vCenter cannot manage the host.');
    await expectInside(hostd.locator('td'), table);

    const service = explorer.locator('li[data-service="sfcbd-watchdog"]');
    const state = await box(service.locator('[data-part="state"]'));
    const button = await box(service.getByRole('button', { name: 'Stop sfcbd-watchdog' }));
    const name = await box(service.locator('code'));
    expect(name.y + name.height).toBeLessThanOrEqual(button.y + 1);
    expect(Math.abs(state.y + state.height / 2 - (button.y + button.height / 2))).toBeLessThan(2);
    // Every service's button starts at the same place.
    const starts = await explorer.locator('li[data-service] button').evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().left)));
    expect(new Set(starts).size).toBe(1);
    expect(await pageScrollsSideways(page)).toBe(false);
    expect(errors).toEqual([]);
  });

  test('the NIOC table becomes one card per pool, each with its demand, shares, limit and rate in view', async ({ page }) => {
    await page.goto('/networking/');
    const chart = region(page, 'Network I/O Control chart, esx01, two hosts on a distributed switch');
    const limit = chart.getByRole('textbox', { name: 'Host limit of Virtual Machine Traffic' });
    await reach(chart);
    await expect(limit).toBeEnabled();
    const card = chart.locator('tr[data-pool="virtualMachine"]');
    await card.scrollIntoViewIfNeeded();
    await expectInside(card.locator('td, th'), chart);
    await expectInside(card.locator('input, select'), chart);
    // A phone's keyboard opens on a 16 px field without zooming the page.
    expect(await limit.evaluate((input) => parseFloat(getComputedStyle(input).fontSize))).toBeGreaterThanOrEqual(16);
    // The cards work as the table did (networking.spec.ts: vMotion's demand squeezes VM traffic).
    const vmotion = chart.getByRole('textbox', { name: 'Demand of vMotion Traffic' });
    await vmotion.fill('1000');
    await vmotion.press('Enter');
    await expect(card.locator('[data-field="now"]')).toHaveText('500 Mb/s');
    expect(await pageScrollsSideways(page)).toBe(false);
  });

  test('each VAAI setting sits under its switch, its esx.conf line aligned with the switch\'s name', async ({ page }) => {
    await page.goto('/storage-vaai/');
    const vaai = region(page, 'VAAI lab, esx01, a host on a VAAI array');
    await reach(vaai);
    const rows = vaai.locator('.esxi-vaai__settings li');
    const lefts = await rows.evaluateAll((items) =>
      items.map((item) => [item.querySelector('label span')!.getBoundingClientRect().left, item.querySelector('.esxi-vaai__setting code')!.getBoundingClientRect().left].map(Math.round)),
    );
    expect(lefts.length).toBeGreaterThanOrEqual(3);
    for (const [name, setting] of lefts) expect(setting).toBe(name);
    expect(await pageScrollsSideways(page)).toBe(false);
  });

  test('esxtop\'s wide screen scrolls sideways inside the terminal, by keyboard too, and the page does not', async ({ page }) => {
    test.setTimeout(60_000);
    const errors = watchErrors(page);
    await page.goto('/storage-vaai/');
    const terminal = region(page, 'Terminal, esx01, a host on a VAAI array');
    await reach(terminal);
    await typeLine(terminal, 'esxtop');
    const esxtop = page.getByRole('region', { name: 'esxtop, esx01' });
    await expect(esxtop).toBeFocused({ timeout: 15_000 });
    await page.keyboard.press('u');
    await expect(esxtop).toContainText('DEVICE');
    const scroll = () => esxtop.evaluate((layer) => ({ left: layer.scrollLeft, overflow: layer.scrollWidth - layer.clientWidth }));
    expect((await scroll()).overflow).toBeGreaterThan(0);
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await scroll()).left).toBeGreaterThan(0);
    // Held down, the arrow reaches the last column: the screen scrolls to its very end.
    for (let press = 0; press < 40 && (await scroll()).left < (await scroll()).overflow; press += 1) await page.keyboard.press('ArrowRight');
    expect((await scroll()).left).toBeGreaterThanOrEqual((await scroll()).overflow - 1);
    await expect(esxtop).toBeFocused();
    expect(await pageScrollsSideways(page)).toBe(false);
    await page.keyboard.press('q');
    expect(errors).toEqual([]);
  });
});

test.describe('at 1280 px', () => {
  test('each init-script service is one row: name, state and button, the buttons in one column', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/architecture/');
    const explorer = page.getByRole('region', { name: /^Process explorer, esx01/ }).first();
    await reach(explorer);
    const rows = await explorer.locator('li[data-service]').evaluateAll((items) =>
      items.map((item) => {
        const centre = (element: Element) => Math.round(element.getBoundingClientRect().top + element.getBoundingClientRect().height / 2);
        const button = item.querySelector('button')!;
        return { same: Math.abs(centre(item.querySelector('code')!) - centre(button)) <= 2 && Math.abs(centre(item.querySelector('[data-part="state"]')!) - centre(button)) <= 2, left: Math.round(button.getBoundingClientRect().left) };
      }),
    );
    expect(rows.every((row) => row.same)).toBe(true);
    expect(new Set(rows.map((row) => row.left)).size).toBe(1);
  });
});
