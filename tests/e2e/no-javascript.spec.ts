import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('with JavaScript off the chapter and every widget\'s initial state are readable', async ({ page }) => {
  await page.goto('/boot-process/');
  await expect(page.getByRole('heading', { level: 1, name: 'The boot process' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Terminal, esx01' }).first()).toContainText('Tech Support Mode on esx01');
  const console = page.getByRole('region', { name: 'Boot console, esx01' }).first();
  await expect(console).toContainText('VMware ESXi 4.1.0 Update 1');
  const banks = page.getByRole('region', { name: 'Boot banks, esx01' }).first();
  await expect(banks).toContainText('4.1.0-260247');
  await expect(banks).toContainText('4.1.0-348481');
  await expect(page.getByRole('region', { name: /^Scenario: / }).first()).toContainText('Goals');
  await expect(page.getByRole('region', { name: /^Quiz/ }).first()).toBeVisible();
});
