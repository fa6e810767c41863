import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './helpers';

/**
 * Where the browser refuses storage (privacy settings, a sandbox), reading `localStorage` throws.
 * Starlight's own theme scripts did not expect that (src/starlight/ThemeProvider.astro): every
 * chapter threw and stayed dark on a light system.
 */
/** As a browser that blocks site data does: both storages throw on access. */
async function refuseStorage(page: Page) {
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, { get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); } });
    }
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`with storage refused, a chapter follows the ${scheme} system scheme and throws nothing`, async ({ page }) => {
    const errors = watchErrors(page);
    await refuseStorage(page);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/boot-process/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await page.keyboard.press('Shift');
    await expect(page.getByRole('region', { name: /^Terminal, esx01/ }).first().getByRole('textbox', { name: 'Command' })).toBeEnabled();
    expect(errors).toEqual([]);
  });
}

test('with storage refused, the theme picker still switches the theme, for this page', async ({ page }) => {
  const errors = watchErrors(page);
  await refuseStorage(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(errors).toEqual([]);
});

test('with storage allowed, the chosen theme is remembered on the next page', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('light');
  await page.goto('/boot-process/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.getByRole('combobox', { name: 'Select theme' }).first()).toHaveValue('light');
});
