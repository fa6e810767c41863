import { expect, test } from '@playwright/test';
import { reach, watchErrors } from './helpers';

test.describe('the terminal in a long session', () => {
  test('at its 1,000-line cap, a command drops the oldest lines and appends its own to the nodes already on screen', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/boot-process/');
    const terminal = page.getByRole('region', { name: 'Terminal, esx01' }).first();
    const input = terminal.getByRole('textbox', { name: 'Command' });
    const screen = terminal.getByRole('log');
    const lines = screen.locator('.esxi-line');
    await reach(terminal);
    await input.fill('ls /; '.repeat(400));
    await input.press('Enter');
    await expect(lines).toHaveCount(1000);
    await expect(lines.last()).toContainText('output cut here');

    // Tag every node on screen, then run one more command.
    await screen.evaluate((element) => [...element.children].forEach((child, index) => child.setAttribute('data-test-mark', String(index))));
    await input.fill('vmware -v');
    await input.press('Enter');
    await expect(lines.last()).toHaveText(/^VMware ESXi 4\.1\.0 /);
    await expect(lines).toHaveCount(1000);
    const marks = await screen.evaluate((element) => [...element.children].map((child) => child.getAttribute('data-test-mark')));
    // The two oldest nodes left, the other 998 are the very same nodes in order, and two new ones follow.
    expect(marks.slice(0, 998)).toEqual(Array.from({ length: 998 }, (_, i) => String(i + 2)));
    expect(marks.slice(998)).toEqual([null, null]);
    await expect(screen).toHaveAttribute('aria-live', 'polite');
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
