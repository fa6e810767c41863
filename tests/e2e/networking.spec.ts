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

test('the chapter\'s copy of the 4.1 manual\'s example splits one saturated NIC 25%, 25% and 12.5% four times', async ({ page }) => {
  await page.goto('/networking/');
  const chart = page.getByRole('region', { name: 'Network I/O Control chart, esx01, the NIOC example from the 4.1 manual', exact: true });
  await live(chart, chart.getByRole('button', { name: 'Pause' }));
  const now = (pool: string) => chart.locator(`tr[data-pool="${pool}"] [data-field="now"]`);
  for (const pool of ['faultTolerance', 'iscsi']) await expect(now(pool)).toHaveText('250 Mb/s');
  for (const pool of ['vmotion', 'management', 'nfs', 'virtualMachine']) await expect(now(pool)).toHaveText('125 Mb/s');
  await expect(chart).toContainText('1000 of 1000 Mb/s used: saturated');
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
  await expect(chart.locator('[data-part="announce"]')).toContainText('moved from vmnic0');
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
  await expect(std.getByRole('status')).toHaveText('vmnic1 plugs into sw-access-02.lab.local, port GigabitEthernet1/0/12. What its CDP advertisement says:');
  await expect(vmnic1).toHaveAttribute('aria-pressed', 'true');
  // Every field of the advertisement, as terms and values.
  const fields = std.locator('[data-part="cdp-fields"]');
  await expect(fields.locator('dt')).toHaveText(['Device ID', 'Port ID', 'Software Version', 'Hardware Platform', 'IP Address', 'VLAN', 'MTU', 'Duplex', 'Time to Live', 'Timeout', 'Samples', 'Capabilities', 'System Name']);
  await expect(fields.locator('dd').nth(1)).toHaveText('GigabitEthernet1/0/12');
  // Hovering another uplink shows its neighbour too.
  await std.getByRole('button', { name: /^vmnic0/ }).hover();
  await expect(std.getByRole('status')).toContainText('vmnic0 plugs into');

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

test('vCenter changes a dvPortgroup\'s VLAN and the CDP mode once, for both hosts, and refuses a VLAN ID out of range', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/networking/');
  const diagram = page.getByRole('region', { name: `Switch diagram, esx01${DVS}`, exact: true });
  const apply = diagram.getByRole('button', { name: 'Apply VLAN' });
  await live(diagram, apply);
  await diagram.getByRole('combobox', { name: 'dvPortgroup' }).selectOption('VM Network');
  const vlan = diagram.getByRole('textbox', { name: 'VLAN ID' });
  await expect(vlan).toHaveValue('100');
  const vmNetwork = (region: Locator) => region.getByRole('listitem').filter({ hasText: /^VM Network/ });

  await vlan.fill('5000');
  // Time passing in the lab (a step of its clock, from the NIOC chart on the same lab) does not undo what the reader typed.
  const time = page.getByRole('region', { name: `Network I/O Control chart, esx01${DVS}`, exact: true }).getByRole('group', { name: 'Simulated time' });
  await reach(time);
  await time.getByRole('button', { name: 'Pause' }).click();
  await time.getByRole('button', { name: 'Step 1 s' }).click();
  await expect(vlan).toHaveValue('5000');
  await apply.click();
  await expect(diagram.getByRole('status').last()).toHaveText('vCenter refused "5000": a VLAN ID is a whole number from 0 to 4095. Nothing was changed.');
  await expect(vmNetwork(diagram)).toContainText('VLAN 100');
  // The field shows the dvSwitch as it is again.
  await expect(vlan).toHaveValue('100');

  await vlan.fill('30');
  await apply.click();
  await expect(diagram.getByRole('status').last()).toHaveText('vCenter pushed VLAN 30 on dvPortgroup VM Network to esx01 and esx02.');
  await expect(vmNetwork(diagram)).toContainText('VLAN 30');
  await diagram.getByRole('combobox', { name: 'CDP mode' }).selectOption('down');
  await diagram.getByRole('button', { name: 'Apply CDP mode' }).click();

  await diagram.getByRole('button', { name: 'esx02', exact: true }).click();
  const esx02 = page.getByRole('region', { name: `Switch diagram, esx02${DVS}`, exact: true });
  await expect(vmNetwork(esx02)).toContainText('VLAN 30');
  await expect(esx02.locator('.esxi-sd__summary')).toContainText('CDP down');
  await esx02.getByRole('button', { name: /^vmnic0/ }).click();
  await expect(esx02.getByRole('status').first()).toContainText('in mode down: it does not listen');
  expect(errors).toEqual([]);
});

test('a reader pauses the lab\'s time, steps it a second at a time, speeds it up, and picks another uplink', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/networking/');
  const chart = page.getByRole('region', { name: `Network I/O Control chart, esx01${DVS}`, exact: true });
  const time = chart.getByRole('group', { name: 'Simulated time' });
  const pause = time.getByRole('button', { name: 'Pause' });
  await live(chart, pause);
  const clock = time.locator('[data-time="clock"]');
  await pause.click();
  await expect(clock).toContainText('paused');
  const stopped = await clock.textContent();
  await page.waitForTimeout(1500);
  await expect(clock).toHaveText(stopped!);
  // The LBT chart on the same lab is paused too: one clock per lab.
  const lbt = page.getByRole('region', { name: `Load-Based Teaming chart, esx01${DVS}`, exact: true });
  await expect(lbt.getByRole('button', { name: 'Play' })).toBeVisible();

  const seconds = (text: string | null) => text!.match(/(\d\d):(\d\d):(\d\d)/)!.slice(1).reduce((sum, part) => sum * 60 + Number(part), 0);
  await time.getByRole('button', { name: 'Step 1 s' }).click();
  await expect.poll(async () => seconds(await clock.textContent())).toBe(seconds(stopped) + 1);

  await time.getByRole('combobox', { name: 'Speed' }).selectOption('10');
  await time.getByRole('button', { name: 'Play' }).click();
  const before = seconds(await clock.textContent());
  await page.waitForTimeout(1000);
  // Ten simulated seconds a real second (with slack for a slow machine).
  expect(seconds(await clock.textContent()) - before).toBeGreaterThanOrEqual(4);

  await chart.getByRole('combobox', { name: 'Uplink' }).selectOption('vmnic2');
  await expect(chart.getByRole('table')).toHaveAccessibleName(/Each pool on vmnic2 now/);
  await expect(chart.getByRole('img')).toHaveAccessibleName(/Traffic on vmnic2 of esx01/);
  expect(errors).toEqual([]);
});

test('a malformed figure in the traffic widgets gets a clear message and changes nothing', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/networking/');
  const chart = page.getByRole('region', { name: `Network I/O Control chart, esx01${DVS}`, exact: true });
  const vmotion = chart.getByRole('textbox', { name: 'Demand of vMotion Traffic' });
  await live(chart, vmotion);
  const before = await vmotion.inputValue();
  await vmotion.fill('lots<b>');
  await vmotion.press('Enter');
  await expect(chart.getByRole('alert')).toHaveText('"lots<b>" was refused: a demand is a number of Mb/s from 0 to 10000. Nothing was changed.');
  await expect(vmotion).toHaveValue(before);
  await chart.getByRole('textbox', { name: 'Host limit of vMotion Traffic' }).fill('200');
  await chart.getByRole('textbox', { name: 'Host limit of vMotion Traffic' }).press('Enter');
  await expect(chart.getByRole('alert')).toHaveText('');

  const lbt = page.getByRole('region', { name: `Load-Based Teaming chart, esx01${DVS}`, exact: true });
  const load = lbt.getByRole('button', { name: 'Set demand' });
  await live(lbt, load);
  await lbt.getByRole('textbox', { name: 'Mb/s per VM port on it' }).fill('-5');
  await load.click();
  await expect(lbt.getByRole('alert')).toHaveText('"-5" was refused: a demand is a number of Mb/s from 0 to 10000. Nothing was changed.');
  await expect(lbt.locator('tr[data-uplink="vmnic0"] [data-field="offered"]')).not.toHaveText('125%');
  expect(errors).toEqual([]);
});

test('a command of a kit the page did not load (ps) is fetched when typed, and lines keep their order', async ({ page }) => {
  const errors = watchErrors(page);
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/networking/');
  const terminal = page.getByRole('region', { name: `Terminal, esx01${DVS}`, exact: true });
  const input = terminal.getByRole('textbox', { name: 'Command' });
  await live(terminal, input);
  const before = fetched.length;
  await input.fill('ps | grep lbt');
  await input.press('Enter');
  await input.fill('echo after');
  await input.press('Enter');
  const log = terminal.getByRole('log');
  await expect(log).toContainText(/\d+\s+\d+\s+net-lbt/);
  await expect(log).not.toContainText('not simulated');
  const text = (await log.textContent())!;
  expect(text.indexOf('net-lbt')).toBeLessThan(text.lastIndexOf('after'));
  // Only this line fetched more code: the page did not carry the services kit before.
  expect(fetched.slice(before).some((path) => path.endsWith('.js'))).toBe(true);
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
