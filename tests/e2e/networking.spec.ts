import { expect, test, type Locator } from '@playwright/test';
import { reach, watchErrors } from './helpers';

const DVS = ', two hosts on a distributed switch';

/** Scrolls a widget into view and waits until its code has loaded (its controls are enabled). */
async function live(widget: Locator, control: Locator): Promise<void> {
  await reach(widget);
  await expect(control).toBeEnabled();
}

test('a reader raises vMotion demand, sees VM traffic drop, gives VM traffic High shares and sees it recover', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/networking/');
  const chart = page.getByRole('region', { name: `Network I/O Control chart, esx01${DVS}`, exact: true });
  const vmotion = chart.getByRole('textbox', { name: 'Demand of vMotion Traffic' });
  await live(chart, vmotion);
  const vmNow = chart.locator('tr[data-pool="virtualMachine"] [data-field="now"]');
  await expect(vmNow).toHaveText('620 Mb/s');

  await vmotion.fill('1000');
  await vmotion.press('Enter');
  await expect(vmNow).toHaveText('500 Mb/s');
  await expect(chart.locator('tr[data-pool="vmotion"] [data-field="now"]')).toHaveText('500 Mb/s');
  await expect(chart).toContainText('1000 of 1000 Mb/s used: saturated');

  await chart.getByRole('combobox', { name: 'Shares of Virtual Machine Traffic' }).selectOption('high');
  await expect(vmNow).toHaveText('620 Mb/s');
  await expect(chart.locator('tr[data-pool="vmotion"] [data-field="now"]')).toHaveText('380 Mb/s');
  // The chart draws the seconds as they pass.
  await expect(chart.locator('polygon[data-pool="virtualMachine"]')).not.toHaveAttribute('points', '');
  expect(errors).toEqual([]);
});

test('a reader switches a port group to physical NIC load and sees a port move within 30 simulated seconds', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/networking/');
  const chart = page.getByRole('region', { name: 'Load-Based Teaming chart, esx01, scenario: One uplink is saturated', exact: true });
  const skip = chart.getByRole('button', { name: 'Skip 30 s' });
  await live(chart, skip);
  await expect(chart.locator('tr[data-uplink="vmnic0"] [data-field="utilisation"]')).toHaveText('100%');

  // Port-ID routing: a saturated link stays saturated.
  await skip.click();
  await expect(chart.getByRole('listitem')).toHaveText(['No port has moved yet.']);

  await chart.getByRole('radio', { name: 'Route based on physical NIC load' }).check();
  await skip.click();
  await expect(chart.getByRole('listitem').first()).toContainText(/^dvPort \d+ \(vm\d+ ethernet0\) moved from vmnic0 to vmnic\d at \d\d:\d\d:\d\d/);
  await expect(chart.getByRole('status')).toContainText('moved from vmnic0');
  await expect(page.getByRole('region', { name: 'Scenario: One uplink is saturated' }).locator('[data-goal="lbt-on"]')).toHaveAttribute('data-met', 'true');
  expect(errors).toEqual([]);
});

test('a reader loads one uplink in the dvSwitch lab and LBT spreads it', async ({ page }) => {
  await page.goto('/networking/');
  const chart = page.getByRole('region', { name: `Load-Based Teaming chart, esx01${DVS}`, exact: true });
  const load = chart.getByRole('button', { name: 'Set demand' });
  await live(chart, load);
  await load.click(); // vmnic0, 250 Mb/s for each of its five VM ports
  await expect(chart.locator('tr[data-uplink="vmnic0"] [data-field="offered"]')).toHaveText('125%');
  await chart.getByRole('radio', { name: 'Route based on physical NIC load' }).check();
  const skip = chart.getByRole('button', { name: 'Skip 30 s' });
  // LBT averages the last 30 s: at most two checks after the load, a port moves.
  await skip.click();
  await skip.click();
  await expect(chart.getByRole('listitem').first()).toContainText('moved from vmnic0');
});

test('a change made once in vCenter shows on both hosts, in the diagram and in esxcfg-vswitch -l', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/networking/');
  const diagram = page.getByRole('region', { name: `Switch diagram, esx01${DVS}`, exact: true });
  const apply = diagram.getByRole('button', { name: 'Apply MTU' });
  await live(diagram, apply);
  await expect(diagram.locator('.esxi-sd__summary')).toContainText('MTU 1500');
  await diagram.getByRole('combobox', { name: 'dvSwitch MTU' }).selectOption('9000');
  await apply.click();
  await expect(diagram.getByRole('status').last()).toHaveText('vCenter pushed MTU 9000 on dvSwitch to esx01 and esx02.');
  await expect(diagram.locator('.esxi-sd__summary')).toContainText('MTU 9000');

  await diagram.getByRole('button', { name: 'esx02', exact: true }).click();
  const esx02 = page.getByRole('region', { name: `Switch diagram, esx02${DVS}`, exact: true });
  await expect(esx02.locator('.esxi-sd__summary')).toContainText('MTU 9000');
  await expect(esx02.getByRole('button', { name: 'esx02', exact: true })).toHaveAttribute('aria-pressed', 'true');

  const terminal = page.getByRole('region', { name: `Terminal, esx02${DVS}`, exact: true });
  const input = terminal.getByRole('textbox', { name: 'Command' });
  await input.fill('esxcfg-vswitch -l');
  await input.press('Enter');
  await expect(terminal.getByRole('log')).toContainText(/dvSwitch\s+256\s+\d+\s+256\s+9000/);
  expect(errors).toEqual([]);
});

test('CDP names the Cisco port behind a vmnic, once the vSwitch listens', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/networking/');
  const std = page.getByRole('region', { name: 'Switch diagram, esx01, a host and its standard vSwitch', exact: true });
  const vmnic1 = std.getByRole('button', { name: /^vmnic1/ });
  await live(std, vmnic1);
  await vmnic1.focus();
  await expect(std.getByRole('status')).toHaveText('vmnic1 plugs into sw-access-02.lab.local, port GigabitEthernet1/0/12 (VLAN 1, MTU 1500).');
  await expect(vmnic1).toHaveAttribute('aria-pressed', 'true');

  // The scenario's host does not listen: the diagram says so, until the shell turns CDP on.
  const deaf = page.getByRole('region', { name: 'Switch diagram, esx01, scenario: Which Cisco port is vmnic1 plugged into?', exact: true });
  const button = deaf.getByRole('button', { name: /^vmnic1/ });
  await live(deaf, button);
  await button.click();
  await expect(deaf.getByRole('status')).toContainText('does not listen');
  const terminal = page.getByRole('region', { name: 'Terminal, esx01, scenario: Which Cisco port is vmnic1 plugged into?', exact: true });
  const input = terminal.getByRole('textbox', { name: 'Command' });
  await input.fill('esxcfg-vswitch -B listen vSwitch0');
  await input.press('Enter');
  await expect(deaf.getByRole('status')).toContainText('port GigabitEthernet1/0/12');
  expect(errors).toEqual([]);
});

test('the network widgets read without JavaScript and fit a 360 px phone', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto('/networking/');
  const nioc = page.getByRole('region', { name: `Network I/O Control chart, esx01${DVS}`, exact: true });
  await expect(nioc.locator('tr[data-pool="virtualMachine"] [data-field="now"]')).toHaveText('620 Mb/s');
  await expect(page.getByRole('region', { name: `Switch diagram, esx01${DVS}`, exact: true })).toContainText('VLAN 100');
  await expect(page.getByRole('region', { name: `Load-Based Teaming chart, esx01${DVS}`, exact: true }).getByRole('radio', { name: 'Route based on originating virtual port ID' })).toBeChecked();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});

test('axe stays clean on the networking chapter in the dark theme with saturated links and LBT moves', async ({ page }) => {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/networking/');
  const nioc = page.getByRole('region', { name: `Network I/O Control chart, esx01${DVS}`, exact: true });
  const vmotion = nioc.getByRole('textbox', { name: 'Demand of vMotion Traffic' });
  await live(nioc, vmotion);
  await vmotion.fill('1000');
  await vmotion.press('Enter');
  const lbt = page.getByRole('region', { name: 'Load-Based Teaming chart, esx01, scenario: One uplink is saturated', exact: true });
  await live(lbt, lbt.getByRole('button', { name: 'Skip 30 s' }));
  await lbt.getByRole('radio', { name: 'Route based on physical NIC load' }).check();
  await lbt.getByRole('button', { name: 'Skip 30 s' }).click();
  await expect(lbt.getByRole('listitem').first()).toContainText('moved from vmnic0');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
});
