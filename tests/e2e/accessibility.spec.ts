import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './helpers';

const pages = builtPages();

test('the build has pages to scan', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/boot-process/');
});

for (const path of pages) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
    expect(summary).toEqual([]);
  });
}

test('axe stays clean in the dark theme and mid-rollback', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/boot-process/');
  const console = page.getByRole('region', { name: 'Boot console, esx01' }).first();
  await console.getByRole('button', { name: 'Reboot esx01' }).click();
  await console.getByRole('button', { name: 'Shift+R: recovery' }).click();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
});
