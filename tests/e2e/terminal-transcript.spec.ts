import { expect, test } from '@playwright/test';
import { reach, watchErrors } from './helpers';

test.describe('the terminal in a long session', () => {
  test('at its 1,000-line cap, the terminal trims the oldest lines in one batch and appends to the nodes already on screen', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/boot-process/');
    const terminal = page.getByRole('region', { name: 'Terminal, esx01' }).first();
    const input = terminal.getByRole('textbox', { name: 'Command' });
    const screen = terminal.getByRole('log');
    const lines = screen.locator('.esxi-line');
    const mark = () => screen.evaluate((element) => [...element.children].forEach((child, index) => child.setAttribute('data-test-mark', String(index))));
    const marks = () => screen.evaluate((element) => [...element.children].map((child) => child.getAttribute('data-test-mark')));
    const run = async (line: string) => { await input.fill(line); await input.press('Enter'); };
    const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => String(from + i));
    await reach(terminal);
    await run('ls /; '.repeat(400));
    await expect(lines).toHaveCount(1000);
    await expect(lines.last()).toContainText('output cut here');

    // Past the cap: the 102 oldest nodes go at once, the other 898 stay the very same nodes, two are new.
    await mark();
    await run('vmware -v');
    await expect(lines.last()).toHaveText(/^VMware ESXi 4\.1\.0 /);
    await expect(lines).toHaveCount(900);
    expect(await marks()).toEqual([...range(102, 1000), null, null]);

    // Below the cap again: a command only appends.
    await mark();
    await run('uname -n');
    await expect(lines).toHaveCount(902);
    expect(await marks()).toEqual([...range(0, 900), null, null]);
    await expect(screen).toHaveAttribute('aria-live', 'polite');
    // The newest line is scrolled into view (once per frame, not in the middle of the command).
    await expect.poll(() => screen.evaluate((element) => element.scrollHeight - element.scrollTop - element.clientHeight)).toBeLessThan(2);
    expect(errors).toEqual([]);
  });

  test('a pasted line longer than the shell reads is answered with a clear message and stays in the field', async ({ page }) => {
    await page.goto('/boot-process/');
    const terminal = page.getByRole('region', { name: 'Terminal, esx01' }).first();
    const input = terminal.getByRole('textbox', { name: 'Command' });
    await reach(terminal);
    const long = `echo ${'a'.repeat(5000)}`;
    await input.fill(long);
    await input.press('Enter');
    await expect(terminal.locator('.esxi-line--stderr').last()).toHaveText('-ash: line too long: this lab reads at most 4096 characters');
    await expect(input).toHaveValue(long);
  });
});
