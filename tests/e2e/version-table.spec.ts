// Runs once the architecture chapter is published (it holds the version table); see README's drafts note.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { reach, watchErrors, watchForeignRequests } from './helpers';

/** The widget lies inside the viewport and nothing in it sticks out (a scroll region may scroll inside). */
async function expectFits(widget: Locator, width: number) {
  const box = (await widget.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
  expect(await widget.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
}

interface Versions { columns: string[]; features: { feature: string; values: string[]; note?: string }[] }
const versions = parse(readFileSync('content/data/versions.yaml', 'utf8')) as Versions;

const tableRegionOf = (page: Page) => page.getByRole('region', { name: /^Version table: ESX and ESXi/ });
const shownColumns = async (region: Locator) => (await region.getByRole('columnheader').allTextContents()).map((text) => text.trim()).slice(1);
const featureRows = (region: Locator) => region.locator('tbody').getByRole('row');

test.describe('version table', () => {
  test('shows the whole table with captions, headers and footnotes', async ({ page }) => {
    const errors = watchErrors(page);
    const foreign = watchForeignRequests(page);
    await page.goto('/architecture/');
    const region = tableRegionOf(page);
    await reach(region);
    const table = region.getByRole('table');
    await expect(table).toBeVisible();
    expect(await shownColumns(region)).toEqual(versions.columns);
    await expect(featureRows(region)).toHaveCount(versions.features.length);
    await expect(region.getByRole('rowheader', { name: /Service console/ })).toBeVisible();
    await expect(region.getByRole('status')).toHaveText(`Showing all ${versions.columns.length} versions and all ${versions.features.length} features.`);

    const firstNoted = versions.features.find((row) => row.note)!;
    await region.getByRole('link', { name: 'Note 1', exact: true }).click();
    await expect(page.locator(':target')).toContainText(firstNoted.note!);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });

  test('a checkbox hides and shows a version, and the status says what is shown', async ({ page }) => {
    await page.goto('/architecture/');
    const region = tableRegionOf(page);
    await reach(region);
    const first = versions.columns[0]!;
    await region.getByRole('checkbox', { name: first, exact: true }).uncheck();
    await expect(region.getByRole('columnheader', { name: first, exact: true })).toBeHidden();
    expect(await shownColumns(region)).toEqual(versions.columns.slice(1));
    await expect(region.getByRole('status')).toContainText(`Showing ${versions.columns.length - 1} of ${versions.columns.length} versions`);
    await region.getByRole('checkbox', { name: first, exact: true }).check();
    await expect(region.getByRole('columnheader', { name: first, exact: true })).toBeVisible();
  });

  test('"Show only ESXi" and "Only rows that differ" narrow the table to what differs', async ({ page }) => {
    await page.goto('/architecture/');
    const region = tableRegionOf(page);
    await reach(region);
    await region.getByRole('button', { name: 'Show only ESXi', exact: true }).click();
    const esxi = versions.columns.filter((column) => column.startsWith('ESXi '));
    expect(await shownColumns(region)).toEqual(esxi);
    await expect(region.getByRole('checkbox', { name: versions.columns[0]!, exact: true })).not.toBeChecked();

    await region.getByRole('checkbox', { name: 'Only rows that differ' }).check();
    const status = region.getByRole('status');
    await expect(status).toContainText('(only those that differ)');
    const shown = Number((await status.textContent())!.match(/and (\d+) of \d+ features/)![1]);
    const rows = featureRows(region);
    await expect(rows).toHaveCount(shown);
    expect(shown).toBeLessThan(versions.features.length);
    for (const row of await rows.all()) {
      const cells = (await row.getByRole('cell').allTextContents()).map((text) => text.trim());
      expect(cells).toHaveLength(esxi.length);
      expect(new Set(cells).size).toBeGreaterThan(1);
    }

    await region.getByRole('checkbox', { name: 'Only rows that differ' }).uncheck();
    await expect(rows).toHaveCount(versions.features.length);
  });

  test('the last shown version cannot be hidden', async ({ page }) => {
    await page.goto('/architecture/');
    const region = tableRegionOf(page);
    await reach(region);
    await region.getByRole('button', { name: 'Show only 4.1', exact: true }).click();
    expect(await shownColumns(region)).toEqual(['ESX 4.1', 'ESXi 4.1']);
    await region.getByRole('checkbox', { name: 'ESX 4.1', exact: true }).uncheck();
    // click, not uncheck(): Playwright's uncheck() fails when the box stays checked, which is the point here.
    await region.getByRole('checkbox', { name: 'ESXi 4.1', exact: true }).click();
    await expect(region.getByRole('checkbox', { name: 'ESXi 4.1', exact: true })).toBeChecked();
    await expect(region.getByRole('status')).toContainText('At least one version stays shown.');
    expect(await shownColumns(region)).toEqual(['ESXi 4.1']);
  });

  test('the keyboard reaches the controls and the scrolling table; 360px phone; axe in the dark theme', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/architecture/');
    const region = tableRegionOf(page);
    await reach(region);
    const differ = region.getByRole('checkbox', { name: 'Only rows that differ' });
    await differ.focus();
    await page.keyboard.press('Space');
    await expect(differ).toBeChecked();
    const scroller = region.getByRole('group', { name: 'Version table, scrollable' });
    await page.keyboard.press('Tab');
    await expect(scroller).toBeFocused();
    await expectFits(region, 360);
    const results = await new AxeBuilder({ page }).include('esxi-version-table').analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the full table shows and the controls stay hidden', async ({ page }) => {
      await page.goto('/architecture/');
      const region = tableRegionOf(page);
      await reach(region);
      expect(await shownColumns(region)).toEqual(versions.columns);
      await expect(featureRows(region)).toHaveCount(versions.features.length);
      await expect(region.getByRole('checkbox')).toHaveCount(0);
      await expect(region.getByRole('button')).toHaveCount(0);
    });
  });
});
