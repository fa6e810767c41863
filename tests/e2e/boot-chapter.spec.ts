import { expect, test } from '@playwright/test';
import { reach, watchErrors, watchForeignRequests } from './helpers';

test.describe('the boot chapter', () => {
  test('by keyboard alone: reboot, Shift+R, Shift+Y, Enter, then the terminal and the banks show the older build', async ({ page }) => {
    const errors = watchErrors(page);
    const foreign = watchForeignRequests(page);
    await page.goto('/boot-process/');
    const console = page.getByRole('region', { name: 'Boot console, esx01' }).first();
    const banks = page.getByRole('region', { name: 'Boot banks, esx01' }).first();
    const terminal = page.getByRole('region', { name: 'Terminal, esx01' }).first();
    await expect(banks).toContainText('4.1.0-348481');

    await reach(console);
    const reboot = console.getByRole('button', { name: 'Reboot esx01' });
    await expect(reboot).toBeEnabled();
    await reboot.focus();
    await page.keyboard.press('Enter');
    const screen = console.getByRole('group', { name: /Console screen of esx01/ });
    await expect(screen).toContainText('Loading VMware Hypervisor');
    await screen.focus();
    await page.keyboard.press('Shift+R');
    await expect(screen).toContainText('DO YOU REALLY WANT TO ROLL BACK?');
    await page.keyboard.press('Shift+Y');
    await expect(screen).toContainText('Fallback hypervisor restored successfully');
    await page.keyboard.press('Enter');
    await expect(screen).toContainText('VMware ESXi 4.1.0 GA', { timeout: 15_000 });

    const input = terminal.getByRole('textbox', { name: 'Command' });
    await input.focus();
    await page.keyboard.type('cat /bootbank/boot.cfg');
    await page.keyboard.press('Enter');
    await expect(terminal).toContainText('build=4.1.0-260247');
    await expect(terminal).toContainText('bootstate=0');

    const booted = banks.locator('[data-booted="true"]');
    await expect(booted).toContainText('Hypervisor1');
    await expect(booted).toContainText('4.1.0-260247');
    await expect(booted).toContainText('/bootbank');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });

  test('the terminal keeps history on the arrow keys and answers unknown commands like ash', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/boot-process/');
    const terminal = page.getByRole('region', { name: 'Terminal, esx01' }).first();
    const input = terminal.getByRole('textbox', { name: 'Command' });
    await reach(terminal);
    await input.fill('vdf -h');
    await input.press('Enter');
    await expect(terminal).toContainText('hostdstats');
    await input.fill('frobnicate');
    await input.press('Enter');
    await expect(terminal).toContainText('-ash: frobnicate: not found');
    await input.fill('echo $?');
    await input.press('Enter');
    await expect(terminal.locator('.esxi-line--stdout').last()).toHaveText('127');
    await input.press('ArrowUp');
    await input.press('ArrowUp');
    await expect(input).toHaveValue('frobnicate');
    await input.press('ArrowDown');
    await expect(input).toHaveValue('echo $?');
    expect(errors).toEqual([]);
  });

  test('malformed input gets a clear message and the page keeps working', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/boot-process/');
    const terminal = page.getByRole('region', { name: 'Terminal, esx01' }).first();
    const input = terminal.getByRole('textbox', { name: 'Command' });
    await reach(terminal);
    for (const line of ['echo "unterminated', '| grep', ';;', '<script>alert(1)</script>', '\u0000\u202e ls', 'cat /nope']) {
      await input.fill(line);
      await input.press('Enter');
    }
    await expect(terminal).toContainText('syntax error: unterminated quoted string');
    await expect(terminal).toContainText('<script>alert(1)</script>');
    await expect(terminal.locator('script')).toHaveCount(0);
    await input.fill('pwd');
    await input.press('Enter');
    await expect(terminal.locator('.esxi-line--stdout').last()).toHaveText('/');
    expect(errors).toEqual([]);
  });

  test('a tap-to-run chip runs its command and shows the output beside it', async ({ page }) => {
    await page.goto('/boot-process/');
    const chip = page.getByRole('button', { name: 'Run vmware -lv' }).first();
    await reach(chip);
    await chip.click();
    await expect(page.getByRole('status', { name: 'Output of vmware -lv' }).first().or(page.locator('output').filter({ hasText: 'Update 1' }).first())).toContainText('VMware ESXi 4.1.0 Update 1');
    await expect(page.getByRole('region', { name: 'Terminal, esx01' }).first()).toContainText('VMware ESXi 4.1.0 build-348481');
  });

  test('Ctrl+K in the terminal stays in the terminal instead of opening search', async ({ page }) => {
    await page.goto('/boot-process/');
    const input = page.getByRole('region', { name: 'Terminal, esx01' }).first().getByRole('textbox', { name: 'Command' });
    await reach(input);
    await expect(input).toBeEnabled();
    await input.focus();
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(input).toBeFocused();
  });
});
