import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages, reach, wakeLabs } from './helpers';

const pages = builtPages();

test('the build has pages to scan', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/boot-process/');
});

const violations = async (page: import('@playwright/test').Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);

for (const path of pages) {
  test(`axe finds no violations on ${path}, as served and with every widget live`, async ({ page }) => {
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
