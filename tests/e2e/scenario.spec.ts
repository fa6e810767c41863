import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { reach, watchErrors } from './helpers';

test('the rollback scenario ticks its goals as the reader rolls back', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/boot-process/');
  const panel = page.getByRole('region', { name: 'Scenario: An upgrade broke the host: roll it back', exact: true });
  await expect(panel.locator('[data-goal="runs-ga"]')).toContainText('Not yet');
  await expect(panel.locator('[data-goal="runs-ga"]')).toContainText('still runs 4.1.0-348481');

  const terminal = page.getByRole('region', { name: 'Terminal, esx01, scenario: An upgrade broke the host: roll it back' });
  const input = terminal.getByRole('textbox', { name: 'Command' });
  await reach(terminal);
  await input.fill('reboot');
  await input.press('Enter');
  await expect(terminal).toContainText('closed: the host is rebooting');

  const screen = page.getByRole('region', { name: 'Boot console, esx01, scenario: An upgrade broke the host: roll it back' }).getByRole('group', { name: /Console screen/ });
  await screen.focus();
  await page.keyboard.press('Shift+R');
  await page.keyboard.press('Shift+Y');
  await page.keyboard.press('Enter');
  await expect(panel.locator('[data-goal="runs-ga"]')).toContainText('Done', { timeout: 15_000 });
  await expect(panel.getByRole('status')).toContainText('scenario complete');
  expect(errors).toEqual([]);
});

test('the detective scenario checks answers against the lab, and the solution needs a confirmation', async ({ page }) => {
  await page.goto('/boot-process/');
  const panel = page.getByRole('region', { name: 'Scenario: Which bank booted, and why?', exact: true });
  await reach(panel);
  await panel.getByLabel('Which bank did esx01 boot from?').selectOption('Hypervisor2');
  await expect(panel.locator('[data-goal="booted-bank"]')).toContainText('not what the lab says');
  await panel.getByLabel('Which bank did esx01 boot from?').selectOption('Hypervisor1');
  await expect(panel.locator('[data-goal="booted-bank"]')).toContainText('Done');

  await panel.getByRole('button', { name: 'Show solution' }).click();
  await expect(panel.getByRole('button', { name: 'Yes, show the solution' })).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Solution' })).toBeHidden();
  await panel.getByRole('button', { name: 'Yes, show the solution' }).click();
  await expect(panel.getByRole('heading', { name: 'Solution' })).toBeVisible();
  await panel.getByRole('button', { name: 'Play the solution in the lab' }).click();
  await expect(panel.getByRole('status')).toContainText('scenario complete');
  await panel.getByRole('button', { name: 'Reset lab' }).click();
  await expect(panel.locator('[data-goal="reason"]')).toContainText('Not yet');
});

test('the hostdstats scenario is solved by typing: clear the stats, start hostd', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/architecture/');
  const title = 'hostd has failed: its statistics filled a ramdisk';
  const panel = page.getByRole('region', { name: `Scenario: ${title}`, exact: true });
  await expect(panel.locator('[data-goal="stats-cleared"]')).toContainText('hostdstats is 100% full');
  await expect(panel.locator('[data-goal="vsphere-client"]')).toContainText('Not yet');

  const terminal = page.getByRole('region', { name: `Terminal, esx01, scenario: ${title}` });
  const input = terminal.getByRole('textbox', { name: 'Command' });
  await reach(terminal);
  await input.fill('vdf -h');
  await input.press('Enter');
  await expect(terminal).toContainText(/hostdstats\s+166M\s+166M\s+0B 100%/);
  await input.fill('rm /var/lib/vmware/hostd/stats/*');
  await input.press('Enter');
  await expect(panel.locator('[data-goal="stats-cleared"]')).toContainText('Done');
  await expect(panel.locator('[data-goal="vsphere-client"]')).toContainText('Not yet');
  await input.fill('/etc/init.d/hostd start');
  await input.press('Enter');
  await expect(panel.locator('[data-goal="vsphere-client"]')).toContainText('Done');
  await expect(panel.getByRole('status')).toContainText('scenario complete');
  expect(errors).toEqual([]);
});

test('the virtualization basics scenarios: link a NIC with a link, then name the release and the datastore\'s file system', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/virtualization-basics/');
  const uplinkTitle = 'Four VMs that cannot reach the network';
  const uplinkPanel = page.getByRole('region', { name: `Scenario: ${uplinkTitle}`, exact: true });
  const terminal = page.getByRole('region', { name: `Terminal, esx01, scenario: ${uplinkTitle}` });
  const input = terminal.getByRole('textbox', { name: 'Command' });
  await reach(terminal);
  await input.fill('esxcfg-vswitch -L vmnic2 vSwitch1');
  await input.press('Enter');
  await expect(uplinkPanel.locator('[data-goal="reach-out"]')).toContainText('vmnic2 has no link');
  await input.fill('esxcfg-vswitch -U vmnic2 vSwitch1 && esxcfg-vswitch -L vmnic3 vSwitch1');
  await input.press('Enter');
  await expect(uplinkPanel.getByRole('status')).toContainText('scenario complete');

  const hypervisor = page.getByRole('region', { name: 'Scenario: Meet the hypervisor', exact: true });
  await reach(hypervisor);
  await hypervisor.getByLabel('Which file system does datastore1 use?').selectOption('vfat');
  await expect(hypervisor.locator('[data-goal="datastore-fs"]')).toContainText('not what esx01 says');
  await hypervisor.getByLabel('Which file system does datastore1 use?').selectOption('VMFS-3');
  await hypervisor.getByLabel('Which release of ESXi runs on esx01?').selectOption('4.1.0-260247');
  await expect(hypervisor.getByRole('status')).toContainText('scenario complete');
  expect(errors).toEqual([]);
});

test('a finished scenario is still finished after a reload, though its lab starts afresh', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/boot-process/');
  const panel = page.getByRole('region', { name: 'Scenario: Which bank booted, and why?', exact: true });
  await reach(panel);
  await expect(panel.getByText(/You have finished this scenario/)).toBeHidden();
  await panel.getByRole('button', { name: 'Show solution' }).click();
  await panel.getByRole('button', { name: 'Yes, show the solution' }).click();
  await panel.getByRole('button', { name: 'Play the solution in the lab' }).click();
  await expect(panel.getByRole('status')).toContainText('scenario complete');

  await page.reload();
  const again = page.getByRole('region', { name: 'Scenario: Which bank booted, and why?', exact: true });
  await reach(again);
  await expect(again.getByText(/You have finished this scenario: it stays finished/)).toBeVisible();
  // The lab is fresh, and the panel says so instead of pretending the goals are met.
  await expect(again.locator('[data-goal="booted-bank"]')).toContainText('Not yet');
  // Another scenario on the page, never finished, says nothing of the kind.
  await expect(page.getByRole('region', { name: 'Scenario: An upgrade broke the host: roll it back', exact: true }).getByText(/You have finished/)).toBeHidden();
  const violations = (await new AxeBuilder({ page }).include('esxi-scenario').analyze()).violations.map((violation) => violation.id);
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
});
