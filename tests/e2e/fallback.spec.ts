import { expect, test } from '@playwright/test';
import { reach } from './helpers';

test('a failed upgrade falls back to the previous build by itself, and the banks show why', async ({ page }) => {
  await page.goto('/boot-process/');
  const console = page.getByRole('region', { name: 'Boot console, esx01, an upgrade that will fail' });
  const banks = page.getByRole('region', { name: 'Boot banks, esx01, an upgrade that will fail' });
  await expect(banks.locator('[data-bank="1"]')).toContainText('upgrading');

  await reach(console);
  await console.getByRole('button', { name: 'Reboot esx01' }).click();
  const screen = console.getByRole('group', { name: /Console screen/ });
  await expect(screen).toContainText('Hypervisor2: VMware ESXi 4.1.0-348481');
  await expect(banks.locator('[data-bank="1"]')).toContainText('dirty');
  await screen.focus();
  await page.keyboard.press('Enter');
  await expect(screen).toContainText('does not finish booting', { timeout: 15_000 });
  await page.keyboard.press('Enter');
  await expect(screen).toContainText('Hypervisor1: VMware ESXi 4.1.0-260247');
  await expect(banks.locator('[data-bank="1"]')).toContainText('invalid');
  await page.keyboard.press('Enter');
  await expect(screen).toContainText('VMware ESXi 4.1.0 GA', { timeout: 15_000 });
  await expect(banks.locator('[data-booted="true"]')).toContainText('Hypervisor1');
});
