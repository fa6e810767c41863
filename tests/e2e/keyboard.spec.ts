import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { reach, typeLine, wakeLabs, watchErrors } from './helpers';

const terminalOf = (page: Page) => page.getByRole('region', { name: 'Terminal, esx01' }).first();
const commandBox = (terminal: Locator) => terminal.getByRole('textbox', { name: 'Command' });

/** Focuses a terminal's command box and waits for its Tab completion, which is fetched on that first focus. */
async function focusCommandBox(page: Page, terminal: Locator): Promise<Locator> {
  const input = commandBox(terminal);
  await reach(terminal);
  await expect(input).toBeEnabled();
  const fetched = page.waitForResponse(/on-demand/);
  await input.focus();
  await fetched;
  return input;
}

test.describe('the console after a reboot typed in the terminal', () => {
  test('the terminal says where the console is, Tab and Enter go there, and Shift+R reaches the loader, not the shell', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/boot-process/');
    const terminal = terminalOf(page);
    const input = await focusCommandBox(page, terminal);
    await page.keyboard.type('reboot');
    await page.keyboard.press('Enter');
    await expect(terminal.getByRole('log')).toContainText("esx01 is at its boot loader now, and its boot console on this page is waiting for a key");

    // One Tab from the empty command box reaches the way to the console.
    const goThere = terminal.getByRole('button', { name: "Go to esx01's console" });
    await page.keyboard.press('Tab');
    await expect(goThere).toBeFocused();
    await page.keyboard.press('Enter');

    const console = page.getByRole('region', { name: 'Boot console, esx01' }).first();
    const screen = console.getByRole('group', { name: /Console screen of esx01/ });
    await expect(screen).toBeFocused();
    await expect(screen).toBeInViewport();
    await expect(console.getByRole('status')).toContainText("esx01's console is waiting for a key. Enter: boot, Shift+R: recovery.");
    await page.keyboard.press('Shift+R');
    await expect(screen).toContainText('DO YOU REALLY WANT TO ROLL BACK?');
    await expect(input).toHaveValue('');
    await page.keyboard.press('Shift+Y');
    await page.keyboard.press('Enter');
    await expect(screen).toContainText('VMware ESXi 4.1.0 GA', { timeout: 15_000 });
    // Up again: the way to the console goes, and the terminal says so.
    await expect(goThere).toBeHidden();
    await expect(terminal.getByRole('log')).toContainText('esx01 is up again.');
    expect(errors).toEqual([]);
  });

  test('a terminal alone (an embed) shows what the console would, and the host comes back by itself', async ({ page }) => {
    await page.goto('/embed/terminal/after-upgrade/');
    const terminal = terminalOf(page);
    await expect(commandBox(terminal)).toBeEnabled();
    await typeLine(terminal, 'reboot');
    await expect(terminal.getByRole('log')).toContainText('This page has no console for it');
    const mirror = terminal.getByRole('group', { name: "What esx01's console shows" });
    await expect(mirror).toContainText('Loading VMware Hypervisor');
    await expect(mirror).toContainText('<SHIFT+R: Recovery mode>');
    await expect(mirror).toContainText(/Automatic boot in \d seconds?/);
    await expect(terminal.getByRole('button', { name: /Go to/ })).toHaveCount(0);
    const found = await new AxeBuilder({ page }).include('.esxi-terminal').analyze();
    expect(found.violations.map((violation) => violation.id)).toEqual([]);
    await expect(terminal.getByRole('log')).toContainText('esx01 is up again.', { timeout: 20_000 });
    await expect(mirror).toBeHidden();
  });
});

test('a terminal alone on a host whose boot fails offers the console\'s Enter, so the reader is never stuck', async ({ page }) => {
  await page.goto('/embed/terminal/failed-upgrade/');
  const terminal = terminalOf(page);
  await expect(commandBox(terminal)).toBeEnabled();
  await typeLine(terminal, 'reboot');
  const mirror = terminal.getByRole('group', { name: "What esx01's console shows" });
  await expect(mirror).toContainText('Press Enter to reset the host.', { timeout: 20_000 });
  const reset = mirror.getByRole('button', { name: 'Enter: reset' });
  await reset.focus();
  await page.keyboard.press('Enter');
  await expect(terminal.getByRole('log')).toContainText('esx01 is up again.', { timeout: 30_000 });
  await expect(commandBox(terminal)).toBeFocused();
  await typeLine(terminal, 'vmware -v');
  await expect(terminal.getByRole('log')).toContainText('VMware ESXi 4.1.0 build-260247');
});

test.describe('the "?" keys dialog', () => {
  test('"?" lists the keys of the widgets on the page, Escape closes it and focus goes back', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/boot-process/');
    await wakeLabs(page);
    const console = page.getByRole('region', { name: 'Boot console, esx01' }).first();
    const reboot = console.getByRole('button', { name: 'Reboot esx01' });
    await reach(console);
    await reboot.focus();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keys on this page' });
    await expect(dialog).toBeVisible();
    for (const title of ['This page', 'Terminal', 'esxtop', 'Boot console']) await expect(dialog.getByRole('heading', { name: title, exact: true })).toBeVisible();
    await expect(dialog.getByRole('rowheader', { name: 'Shift+R' })).toBeVisible();
    await expect(dialog.getByRole('rowheader', { name: 'Tab', exact: true })).toBeVisible();
    await expect(dialog.getByRole('rowheader', { name: 'Ctrl+L' })).toBeVisible();
    // A page without a DCUI lists none of its keys.
    await expect(dialog.getByRole('heading', { name: 'DCUI' })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(reboot).toBeFocused();
    expect(errors).toEqual([]);
  });

  test('in the command box "?" types a question mark; the terminal\'s Keys button opens the list, Close brings focus back', async ({ page }) => {
    await page.goto('/boot-process/');
    const terminal = terminalOf(page);
    const input = await focusCommandBox(page, terminal);
    await page.keyboard.type('ls ?');
    await expect(input).toHaveValue('ls ?');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    const keys = terminal.getByRole('button', { name: 'Keys', exact: true });
    await keys.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Keys on this page' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).press('Enter');
    await expect(dialog).toBeHidden();
    await expect(keys).toBeFocused();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing wrong with the open dialog in the ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/ports-and-services/');
      await wakeLabs(page);
      await page.locator('body').press('?');
      const dialog = page.getByRole('dialog', { name: 'Keys on this page' });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('heading', { name: 'DCUI' })).toBeVisible();
      const found = await new AxeBuilder({ page }).include('.esxi-keys').analyze();
      expect(found.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});

test.describe('Tab completion in the shell', () => {
  test('Tab completes a command and a path, and the command box keeps the keyboard', async ({ page }) => {
    await page.goto('/boot-process/');
    const terminal = terminalOf(page);
    const input = await focusCommandBox(page, terminal);
    await page.keyboard.type('esxcfg-vs');
    await page.keyboard.press('Tab');
    await expect(input).toHaveValue('esxcfg-vswitch ');
    await expect(input).toBeFocused();
    await input.fill('');
    await page.keyboard.type('cat /etc/vmw');
    await page.keyboard.press('Tab');
    await expect(input).toHaveValue('cat /etc/vmware/');
    await expect(input).toBeFocused();
    await page.keyboard.type('esx');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(terminal.getByRole('log')).toContainText('~ # cat /etc/vmware/esx.conf');
    await expect(terminal.getByRole('log')).toContainText('/adv/Misc/HostName');
  });

  test('a second Tab lists the matches below the line and keeps the line; a third moves on', async ({ page }) => {
    await page.goto('/boot-process/');
    const terminal = terminalOf(page);
    const input = await focusCommandBox(page, terminal);
    await page.keyboard.type('esxcfg-v');
    await page.keyboard.press('Tab');
    await expect(input).toBeFocused();
    await expect(terminal.getByRole('status')).toHaveText('3 matches. Tab again lists them.');
    await page.keyboard.press('Tab');
    const log = terminal.getByRole('log');
    await expect(log.locator('.esxi-line--prompt').last()).toHaveText('~ # esxcfg-v');
    await expect(log.locator('.esxi-line--stdout').last()).toHaveText(/esxcfg-vmknic\s+esxcfg-volume\s+esxcfg-vswitch/);
    await expect(input).toHaveValue('esxcfg-v');
    await expect(input).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(input).not.toBeFocused();
  });

  test('focus can always leave the command box by keyboard', async ({ page }) => {
    await page.goto('/boot-process/');
    const terminal = terminalOf(page);
    const input = await focusCommandBox(page, terminal);
    const run = terminal.getByRole('button', { name: 'Run' });
    // An empty line: Tab moves on at once.
    await page.keyboard.press('Tab');
    await expect(run).toBeFocused();
    // With text that could still be completed: Escape, then Tab.
    await input.focus();
    await page.keyboard.type('esxcfg-v');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await expect(run).toBeFocused();
    // Nothing to complete: the second Tab moves on.
    await input.fill('frobnicate');
    await input.focus();
    await page.keyboard.press('Tab');
    await expect(input).toBeFocused();
    await expect(terminal.getByRole('status')).toHaveText('Nothing to complete here. Tab again moves on.');
    await page.keyboard.press('Tab');
    await expect(run).toBeFocused();
    // Shift+Tab always goes back.
    await input.focus();
    await page.keyboard.press('Shift+Tab');
    await expect(input).not.toBeFocused();
  });
});
