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

test('without JavaScript each lab widget says the lab needs it, and its disabled controls stay out of the tab order', async ({ page }) => {
  await page.goto('/boot-process/');
  const terminal = page.locator('esxi-terminal').first();
  // A <noscript> note (Playwright's text matchers skip <noscript>, so its text is read from the DOM).
  const note = page.locator('esxi-terminal + .esxi-share noscript p').first();
  await expect(note).toBeVisible();
  expect(await note.evaluate((element) => element.textContent)).toMatch(/^This lab runs in your browser and needs JavaScript/);
  // The note for a live lab (it starts fresh on reload) is not shown: the lab is not running.
  await expect(page.locator('[data-lab-note]').first()).toHaveText('This lab starts fresh when you reload the page.');
  await expect(page.locator('[data-lab-note]').filter({ visible: true })).toHaveCount(0);
  await expect(terminal.getByRole('textbox', { name: 'Command' })).toBeDisabled();
  // One under every lab widget (the command chips in the text are part of the prose, not widgets).
  const widgets = await page.locator('[lab][preset]:not(esxi-run-command)').count();
  expect(widgets).toBeGreaterThan(5);
  expect(await page.locator('.esxi-share noscript p').count()).toBe(widgets);
  // Tab through the page: focus never lands on a lab widget's button, field or menu.
  const landed: string[] = [];
  for (let n = 0; n < 60; n++) {
    await page.keyboard.press('Tab');
    landed.push(await page.evaluate(() => {
      const active = document.activeElement;
      return active && active.matches('button, input, select, textarea') && active.closest('[lab]') ? active.outerHTML.slice(0, 80) : '';
    }));
  }
  expect(landed.filter(Boolean)).toEqual([]);
  // The embed code is there without JavaScript too, in the Share or embed disclosure.
  const share = page.locator('.esxi-share__details').first();
  await share.locator('summary').click();
  await expect(share.getByRole('textbox', { name: 'HTML to paste where the widget should appear' })).toBeVisible();
  await expect(share.getByRole('textbox', { name: 'Link to this lab, as it is now' })).toBeHidden();
});
