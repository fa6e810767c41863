import { expect, test } from '@playwright/test';
import { watchErrors } from './helpers';

const LAB = ', a host managed by vCenter';

test('enabling remote TSM in the DCUI by keyboard opens port 22 and starts dropbear', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/ports-and-services/');
  const ports = page.getByRole('region', { name: `Port map, esx01${LAB}`, exact: true });
  const worlds = page.getByRole('region', { name: `Process explorer, esx01${LAB}`, exact: true });
  await expect(ports.locator('tr[data-port="22-TCP-in"]')).toContainText('closed: remote Tech Support Mode (SSH) is disabled');
  await expect(worlds.locator('tr[data-world="dropbearmulti"]')).toHaveAttribute('data-running', 'false');

  const screen = page.getByRole('region', { name: `DCUI, esx01${LAB}`, exact: true }).getByRole('group', { name: /Console screen \(DCUI\)/ });
  await screen.focus();
  await page.keyboard.press('F2');
  await page.keyboard.press('Enter');
  for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowDown');
  await expect(screen.locator('li[aria-current="true"]')).toHaveText('Troubleshooting Options');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await expect(screen.locator('li[aria-current="true"]')).toHaveText('Enable Remote Tech Support (SSH)');
  await page.keyboard.press('Enter');
  await expect(screen.locator('li[aria-current="true"]')).toHaveText('Disable Remote Tech Support (SSH)');

  await expect(ports.locator('tr[data-port="22-TCP-in"]')).toContainText('open');
  await expect(worlds.locator('tr[data-world="dropbearmulti"]')).toHaveAttribute('data-running', 'true');
  await ports.getByRole('button', { name: 'SSH client to esx01' }).click();
  await expect(ports.getByRole('status')).toContainText('SSH client reached esx01.');
  expect(errors).toEqual([]);
});

test('stopping hostd in the terminal breaks the vSphere Client; Restart Management Agents in the DCUI fixes it', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/ports-and-services/');
  const ports = page.getByRole('region', { name: `Port map, esx01${LAB}`, exact: true });
  await ports.scrollIntoViewIfNeeded(); // the lab's code loads as the reader reaches it
  await ports.getByRole('button', { name: 'vSphere Client to esx01' }).click();
  await expect(ports.getByRole('status')).toContainText('vSphere Client reached esx01.');

  const terminal = page.getByRole('region', { name: `Terminal, esx01${LAB}`, exact: true });
  const input = terminal.getByRole('textbox', { name: 'Command' });
  await input.fill('/etc/init.d/hostd stop');
  await input.press('Enter');
  await expect(ports.getByRole('status')).toContainText('vSphere Client could not reach esx01');
  await expect(ports.getByRole('status')).toContainText('hostd is stopped');

  const screen = page.getByRole('region', { name: `DCUI, esx01${LAB}`, exact: true }).getByRole('group', { name: /Console screen \(DCUI\)/ });
  await screen.focus();
  await page.keyboard.press('F2');
  await page.keyboard.press('Enter');
  for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await expect(screen.locator('li[aria-current="true"]')).toHaveText('Restart Management Agents');
  await page.keyboard.press('Enter');
  await page.getByRole('region', { name: `DCUI, esx01${LAB}`, exact: true }).getByRole('button', { name: 'F11: confirm' }).click();
  await expect(ports.getByRole('status')).toContainText('vSphere Client reached esx01.');
  expect(errors).toEqual([]);
});
