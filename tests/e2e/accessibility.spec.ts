import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages, reach, wakeLabs } from './helpers';

const pages = builtPages();

/**
 * The pages scanned: every page but the per-preset embed pages of lab widgets, of which one per
 * widget and one per preset are enough (they share their markup; every lab host is whole, so
 * there are about 180 of them and a scan of each would take ten minutes).
 */
function sample(all: readonly string[]): string[] {
  const labEmbed = /^\/embed\/(?!scenario\/|quiz\/)([\w-]+)\/([\w-]+)\/$/;
  const seenWidgets = new Set<string>();
  const seenPresets = new Set<string>();
  return all.filter((path) => {
    const match = labEmbed.exec(path);
    if (!match) return true;
    const [, widget, preset] = match as unknown as [string, string, string];
    const fresh = !seenWidgets.has(widget) || !seenPresets.has(preset);
    seenWidgets.add(widget);
    seenPresets.add(preset);
    return fresh;
  });
}

test('the build has pages to scan', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/boot-process/');
  expect(sample(pages).length).toBeLessThan(80);
  // Every widget and every preset gets at least one scanned embed page.
  expect(sample(pages).filter((path) => path.startsWith('/embed/terminal/')).length).toBeGreaterThan(0);
});

const violations = async (page: import('@playwright/test').Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);

for (const path of sample(pages)) {
  test(`axe finds no violations on ${path}, as served and with every widget live`, async ({ page }) => {
    // Two scans of a chapter with a dozen live widgets take 20-30 s on a 2-core machine.
    test.setTimeout(90_000);
    await page.goto(path);
    expect(await violations(page)).toEqual([]);
    await wakeLabs(page);
    expect(await violations(page)).toEqual([]);
  });
}

test('axe stays clean in the dark theme and mid-rollback', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/boot-process/');
  const console = page.getByRole('region', { name: 'Boot console, esx01' }).first();
  await reach(console);
  await console.getByRole('button', { name: 'Reboot esx01' }).click();
  await console.getByRole('button', { name: 'Shift+R: recovery' }).click();
  expect(await violations(page)).toEqual([]);
});
