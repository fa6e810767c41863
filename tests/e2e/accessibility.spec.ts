import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages, reach, samplePages as sample, wakeLabs, watchCspViolations, watchErrors } from './helpers';

const pages = builtPages();

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
  // One pass over the pages for what a reader would notice: axe, and (with every widget's code
  // fetched) the Content-Security-Policy's refusals and any error; tests/e2e/csp.spec.ts says more.
  test(`axe finds no violations on ${path}, as served and with every widget live, and nothing breaks the CSP or throws`, async ({ page }) => {
    // Two scans of a chapter with a dozen live widgets take 20-30 s on a quiet 2-core machine, and over a minute on a busy one.
    test.setTimeout(150_000);
    const errors = watchErrors(page);
    const cspViolations = await watchCspViolations(page);
    await page.goto(path);
    expect(await violations(page)).toEqual([]);
    await wakeLabs(page);
    expect(await violations(page)).toEqual([]);
    await page.waitForLoadState('networkidle');
    expect(cspViolations).toEqual([]);
    expect(errors).toEqual([]);
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
