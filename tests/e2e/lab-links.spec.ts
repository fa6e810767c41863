import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { reach, typeLine, wakeLabs, watchErrors } from './helpers';

// A lab link ("Share or embed" → "Copy link") carries a lab's history in the address; opening
// it plays the history again, so the terminal, the console and the banks show the same lab.

const FRESH = 'This lab starts fresh when you reload the page.';

const summaryOf = (page: Page, what: string) => page.locator(`summary[aria-label="Share or embed: ${what}"]`).first();
const shareOf = (page: Page, what: string) => page.locator('.esxi-share__details').filter({ has: summaryOf(page, what) }).first();

async function copyLink(page: Page, share: Locator): Promise<string> {
  await share.locator('summary').click();
  const field = share.getByRole('textbox', { name: 'Link to this lab, as it is now' });
  await expect(field).toHaveValue(/#lab=boot\./);
  await share.getByRole('button', { name: 'Copy link' }).click();
  await expect(share.getByRole('status').first()).toHaveText('Copied.');
  return page.evaluate(() => navigator.clipboard.readText());
}

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('a lab link restores the lab: the terminal shows its lines, the console and the banks the rolled-back host', async ({ page, context }) => {
  test.setTimeout(60_000);
  const errors = watchErrors(page);
  await page.goto('/boot-process/');
  const terminal = page.getByRole('region', { name: 'Terminal, esx01' }).first();
  await reach(terminal);
  await typeLine(terminal, 'echo kept-by-the-link > /tmp/note');
  await typeLine(terminal, 'cat /tmp/note');
  await expect(terminal.getByRole('log')).toContainText('kept-by-the-link');
  const console = page.getByRole('region', { name: 'Boot console, esx01' }).first();
  await reach(console);
  await console.getByRole('button', { name: 'Reboot esx01' }).click();
  await console.getByRole('button', { name: 'Shift+R: recovery' }).click();
  await console.getByRole('button', { name: 'Shift+Y: confirm rollback' }).click();
  const screen = console.getByRole('group', { name: /Console screen of esx01/ });
  await expect(screen).toContainText('Fallback hypervisor restored successfully');
  await screen.focus();
  await page.keyboard.press('Enter');
  await expect(screen).toContainText('VMware ESXi 4.1.0 GA', { timeout: 15_000 });

  const link = await copyLink(page, shareOf(page, 'Terminal, esx01'));
  expect(link.length).toBeLessThanOrEqual(2000);
  expect(new URL(link).pathname).toBe('/boot-process/');

  const opened = await context.newPage();
  const openedErrors = watchErrors(opened);
  await opened.goto(link);
  const again = opened.getByRole('region', { name: 'Terminal, esx01' }).first();
  await expect(again.getByRole('log')).toContainText('# cat /tmp/note', { timeout: 15_000 });
  await expect(again.getByRole('log')).toContainText('kept-by-the-link');
  await expect(opened.getByRole('region', { name: 'Boot console, esx01' }).first()).toContainText('VMware ESXi 4.1.0 GA');
  const banks = opened.getByRole('region', { name: 'Boot banks, esx01' }).first();
  await expect(banks.locator('[data-booted="true"]')).toContainText('4.1.0-260247');
  // The same lab, not a look-alike: the shell answers from it.
  await typeLine(again, 'cat /bootbank/boot.cfg');
  await expect(again.getByRole('log')).toContainText('build=4.1.0-260247');
  // The lab says where it came from, once; the page's other labs start fresh.
  await expect(opened.locator('[data-lab-note="boot"]').first()).toContainText('Opened from a link: the lab as it was shared (2 lines typed, 4 actions)');
  await expect(opened.getByText(/^Opened from a link/)).toHaveCount(1);
  const otherBanks = opened.getByRole('region', { name: /^Boot banks, esx01/ }).nth(1);
  await reach(otherBanks);
  await expect(opened.locator('[data-lab-note="fallback"]').first()).toHaveText(FRESH);

  // Reset to start fresh: the lab goes back to its preset and a reload no longer replays it.
  await opened.getByRole('button', { name: 'Reset to start fresh' }).click();
  await expect(opened.locator('[data-lab-note="boot"]').first()).toContainText('back at its start');
  await expect(banks.locator('[data-booted="true"]')).toContainText('4.1.0-348481');
  expect(new URL(opened.url()).hash).toBe('');
  expect(errors).toEqual([]);
  expect(openedErrors).toEqual([]);
});

test('a tampered or truncated link opens the preset with a note saying why, and nothing else breaks', async ({ page, context }) => {
  // Eight page loads, each waking every lab of the chapter.
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  await page.goto('/boot-process/');
  const terminal = page.getByRole('region', { name: 'Terminal, esx01' }).first();
  await reach(terminal);
  await typeLine(terminal, 'touch /tmp/tampered');
  const link = await copyLink(page, shareOf(page, 'Terminal, esx01'));

  const page0 = link.split('#')[0];
  const plain = (lab: string, payload: object) => `${page0}#lab=${lab}.j${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
  const bad = [
    link.slice(0, -8),
    link.replace(/#lab=boot\.z(.{10})./, '#lab=boot.z$1!'),
    plain('boot', { v: 9 }),
    // Made for another preset (a chapter that changed its lab), or for a lab the page does not have.
    plain('boot', { v: 1, p: 'fresh-install', h: 'esx01', s: ['touch /tmp/tampered'], f: '0' }),
    plain('gone', { v: 1, p: 'after-upgrade', h: 'esx01', s: ['touch /tmp/tampered'], f: '0' }),
    // A step the lab refuses, and steps that no longer lead to the lab their fingerprint names.
    plain('boot', { v: 1, p: 'after-upgrade', h: 'esx01', s: [{ type: 'console-key', host: 'esx01', key: 'Shift+Q' }], f: '0' }),
    plain('boot', { v: 1, p: 'after-upgrade', h: 'esx01', s: ['touch /tmp/tampered'], f: 'not-this-lab' }),
  ];
  for (const [index, fragment] of bad.entries()) {
    const opened = await context.newPage();
    const openedErrors = watchErrors(opened);
    await opened.goto(fragment);
    const note = opened.locator('[data-lab-note="boot"]').first();
    // The page wakes at once for a link, but a busy machine may take a while to fetch the lab code.
    const why = [/damaged or incomplete/, /damaged or incomplete/, /another version of this site/, /another lab \(“fresh-install”\)/, /a lab \(“gone”\) this page does not have/, /no longer fits the lab \(step 1: /, /no longer leads to the same lab/][index]!;
    await expect(note, fragment).toContainText(why, { timeout: 15_000 });
    await expect(note).toContainText('starts fresh');
    const again = opened.getByRole('region', { name: 'Terminal, esx01' }).first();
    await expect(again.getByRole('log')).not.toContainText('tampered');
    // The lab is the preset's, and it works.
    await typeLine(again, 'ls /tmp');
    await expect(again.getByRole('log')).toContainText('# ls /tmp');
    await expect(again.getByRole('log')).not.toContainText('tampered');
    expect(openedErrors).toEqual([]);
    await opened.close();
  }
  expect(errors).toEqual([]);
});

test('the Share or embed control works by keyboard: open, copy the link, close with Escape', async ({ page }) => {
  await page.goto('/networking/');
  await wakeLabs(page);
  const summary = summaryOf(page, 'Switch diagram, esx01');
  await expect(summary).toHaveAccessibleName('Share or embed: Switch diagram, esx01');
  await expect(summary).toHaveText('Share or embed');
  const box = (await summary.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(24);
  await summary.focus();
  await page.keyboard.press('Enter');
  const share = page.locator('.esxi-share__details[open]');
  await expect(share).toHaveCount(1);
  const field = share.getByRole('textbox', { name: 'Link to this lab, as it is now' });
  await expect(field).toHaveValue(/#lab=std\./);
  await page.keyboard.press('Tab');
  await expect(field).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(share.getByRole('button', { name: 'Copy link' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(share.getByRole('status').first()).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await field.inputValue());
  await expect(share.getByRole('textbox', { name: 'HTML to paste where the widget should appear' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.esxi-share__details[open]')).toHaveCount(0);
  await expect(summary).toBeFocused();
});

test('where the clipboard is refused, Copy link selects the link in its field', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  await page.goto('/boot-process/');
  const share = shareOf(page, 'Terminal, esx01');
  await share.locator('summary').click();
  await share.getByRole('button', { name: 'Copy link' }).click();
  await expect(share.getByRole('status').first()).toContainText('Selected');
  const field = share.getByRole('textbox', { name: 'Link to this lab, as it is now' });
  await expect(field).toBeFocused();
  expect(await field.evaluate((element: HTMLInputElement) => element.value.slice(element.selectionStart!, element.selectionEnd!))).toMatch(/#lab=boot\./);
});

test('each live lab says once, under its first widget, that it starts fresh on reload', async ({ page }) => {
  await page.goto('/boot-process/');
  await wakeLabs(page);
  const labs = await page.locator('[lab][preset]').evaluateAll((elements) => [...new Set(elements.map((element) => element.getAttribute('lab')!))]);
  expect(labs.length).toBeGreaterThan(2);
  for (const lab of labs) {
    const notes = page.locator(`[data-lab-note="${lab}"]`);
    await expect(notes.first(), lab).toBeVisible();
    await expect(notes.first()).toHaveText(FRESH);
    await expect(notes.filter({ visible: true }), lab).toHaveCount(1);
  }
  // The first note of a lab sits right under that lab's first widget.
  const first = await page.evaluate(() => document.querySelector('[data-lab-note="boot"]')!.closest('.esxi-share')!.previousElementSibling!.getAttribute('lab'));
  expect(first).toBe('boot');
});

test('a long history says it is too long to link, and offers the page itself', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/boot-process/');
  const terminal = page.getByRole('region', { name: 'Terminal, esx01' }).first();
  await reach(terminal);
  // Lines that hardly compress: pseudo-random letters, a different run on each.
  let seed = 7;
  const noise = () => Array.from({ length: 180 }, () => String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26))).join('');
  for (let n = 0; n < 14; n++) await typeLine(terminal, `echo ${noise()} > /tmp/f${n}`);
  await expect(terminal.getByRole('log')).toContainText('/tmp/f13');
  const share = shareOf(page, 'Terminal, esx01');
  await share.locator('summary').click();
  await expect(share).toContainText('too much to fit in a link');
  await expect(share.getByRole('textbox', { name: 'Link to this lab, as it is now' })).toHaveValue(/\/boot-process\/$/);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on a chapter with a Share or embed control open, in the ${scheme} theme`, async ({ page }) => {
    // A scan of a chapter with a dozen live widgets takes 10-20 s on a 2-core machine.
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/boot-process/');
    await wakeLabs(page);
    const share = shareOf(page, 'Terminal, esx01');
    await share.locator('summary').click();
    await expect(share.getByRole('textbox', { name: 'Link to this lab, as it is now' })).toHaveValue(/#lab=/);
    const found = (await new AxeBuilder({ page }).analyze()).violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
    expect(found).toEqual([]);
  });
}
