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
  const moves = chart.getByRole('list', { name: 'LBT moves' }).getByRole('listitem');
  await expect(moves).toHaveText(['No port has moved yet.']);
  await expect(chart.locator('[data-part="labels"] li')).toHaveCount(0);

  await chart.getByRole('radio', { name: 'Route based on physical NIC load' }).check();
  await skip.click();
  await expect(moves.first()).toContainText(/^dvPort \d+ \(vm\d+ ethernet0\) moved from vmnic0 to vmnic\d at \d\d:\d\d:\d\d/);
  // The chart labels the move where it happened, at its dotted line: which port, from which uplink to which.
  const [, port, to] = (await moves.first().textContent())!.match(/^dvPort (\d+) .* moved from vmnic0 to (vmnic\d)/)!;
  await expect(chart.locator('[data-part="labels"] li')).toHaveText([`dvPort ${port}: vmnic0 → ${to}`]);
  await expect(chart.locator('path.esxi-lbt__marks')).toHaveAttribute('d', /^M[\d.]+ 0V200$/);
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
  await expect(chart.getByRole('list', { name: 'LBT moves' }).getByRole('listitem').first()).toContainText('moved from vmnic0');
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

for (const scheme of ['light', 'dark'] as const) {
test(`axe stays clean on the networking chapter in the ${scheme} theme with saturated links, LBT moves labelled and a port group picked`, async ({ page }) => {
  // An axe pass over a chapter with every widget live takes long on a busy two-core machine.
  test.setTimeout(120_000);
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  await page.emulateMedia({ colorScheme: scheme });
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
  await expect(lbt.getByRole('list', { name: 'LBT moves' }).getByRole('listitem').first()).toContainText('moved from vmnic0');
  await expect(lbt.locator('[data-part="labels"] li')).toHaveCount(1);
  const diagram = page.getByRole('region', { name: `Switch diagram, esx01${DVS}`, exact: true });
  await live(diagram, diagram.getByRole('button', { name: /^NFS/ }));
  await diagram.getByRole('button', { name: /^NFS/ }).click();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
});
}

/** The first frame of a chart, as the server drew it: axes, legend, threshold, and 60 s of the lab's computed past. */
async function expectChartFrame(chart: Locator, legend: string[]) {
  const plot = chart.getByRole('img');
  await expect(plot.locator('.esxi-chart__y li')).toHaveText(['0 Mb/s', '250 Mb/s', '500 Mb/s', '750 Mb/s', '1000 Mb/s']);
  await expect(chart.locator('.esxi-chart__x li')).toHaveText(['−60 s', '−45 s', '−30 s', '−15 s', 'now']);
  await expect(chart.locator('.esxi-chart__legend li')).toHaveText(legend);
}

test('the charts explain themselves from the first frame: Mb/s axis, time axis, legend, the labelled 75% line, and data across the window', async ({ browser }) => {
  // Without JavaScript, the frame the server drew is what a reader sees first.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/networking/');
  const nioc = page.getByRole('region', { name: 'Network I/O Control chart, esx01, scenario: vMotion is starving the virtual machines', exact: true });
  await expectChartFrame(nioc, ['Fault Tolerance (FT) Traffic', 'iSCSI Traffic', 'vMotion Traffic', 'Management Traffic', 'NFS Traffic', 'Virtual Machine Traffic']);
  // The window is full from the left edge: vMotion's area spans 61 seconds, −60 s to now.
  const vmotion = (await nioc.locator('polygon[data-pool="vmotion"]').getAttribute('points'))!.split(' ');
  expect(vmotion).toHaveLength(122);
  expect(vmotion[0]).toMatch(/^0,/);
  // The table beside it gives the figures at the chart's right edge, pool by pool in the legend's order.
  await expect(nioc.locator('tbody th')).toHaveText(['Fault Tolerance (FT) Traffic', 'iSCSI Traffic', 'vMotion Traffic', 'Management Traffic', 'NFS Traffic', 'Virtual Machine Traffic']);
  await expect(nioc.locator('tr[data-pool="vmotion"] [data-field="now"]')).toHaveText('800 Mb/s');

  const lbt = page.getByRole('region', { name: 'Load-Based Teaming chart, esx01, scenario: One uplink is saturated', exact: true });
  await expectChartFrame(lbt, ['vmnic0', 'vmnic1', 'vmnic2', 'vmnic3']);
  await expect(lbt.getByText('LBT threshold 75%')).toBeVisible();
  const vmnic0 = (await lbt.locator('polyline[data-uplink="vmnic0"]').getAttribute('points'))!.split(' ');
  expect(vmnic0).toHaveLength(61);
  expect(vmnic0[0]).toBe('0,0'); // saturated for the whole minute
  await expect(lbt.locator('tr[data-uplink="vmnic0"] [data-field="carried"]')).toHaveText('1000 Mb/s');
  // The uplinks' lines differ by more than colour: each has its own dash pattern, in the chart and in the legend.
  const dashes = await lbt.locator('polyline').evaluateAll((lines) => lines.map((line) => getComputedStyle(line).strokeDasharray));
  expect(new Set(dashes).size).toBe(4);
  await context.close();
});

test('the charts stay readable live, in both themes, and at 360 px show fewer time labels with the legend wrapped below', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/networking/');
  const nioc = page.getByRole('region', { name: `Network I/O Control chart, esx01${DVS}`, exact: true });
  await live(nioc, nioc.getByRole('button', { name: 'Pause' }));
  await expectChartFrame(nioc, ['Fault Tolerance (FT) Traffic', 'iSCSI Traffic', 'vMotion Traffic', 'Management Traffic', 'NFS Traffic', 'Virtual Machine Traffic']);
  await expect(nioc.locator('.esxi-chart__x li:visible')).toHaveText(['−60 s', '−30 s', 'now']);
  const plot = (await nioc.getByRole('img').boundingBox())!;
  const legend = (await nioc.locator('.esxi-chart__legend').boundingBox())!;
  expect(legend.y).toBeGreaterThan(plot.y + plot.height);
  expect(legend.x + legend.width).toBeLessThanOrEqual(plot.x + plot.width + 1);
  // Live, the areas still span the window (time passed, nothing emptied it).
  await expect(nioc.locator('polygon[data-pool="virtualMachine"]')).toHaveAttribute('points', /^0,/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(errors).toEqual([]);
});

for (const width of [1280, 360]) {
  test(`the switch diagram draws port groups, the switch and its uplinks joined by lines, active and standby told apart in words and line style, at ${width} px`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/networking/');
    const diagram = page.getByRole('region', { name: `Switch diagram, esx01${DVS}`, exact: true });
    const nfs = diagram.getByRole('button', { name: 'NFS VLAN 40' });
    await live(diagram, nfs);
    const uplinks = diagram.getByRole('list', { name: 'Uplinks of dvSwitch, as port group Management uses them' });
    await expect(uplinks.getByRole('listitem')).toHaveText([/^vmnic0 .*unused$/, /^vmnic1 .*unused$/, /^vmnic2 .*standby$/, /^vmnic3 .*active$/]);
    await expect(diagram.locator('.esxi-sd__bus')).toContainText('MTU 1500');
    // The reader picks NFS: its uplinks are shown as it uses them (active dvUplink3, standby dvUplink2).
    await nfs.click();
    await expect(nfs).toHaveAttribute('aria-pressed', 'true');
    const forNfs = diagram.getByRole('list', { name: 'Uplinks of dvSwitch, as port group NFS uses them' }).getByRole('listitem');
    await expect(forNfs).toHaveText([/unused$/, /standby$/, /active$/, /unused$/]);
    // Each line's style says the same as its word: solid active, dashed standby, dotted unused.
    const line = (item: Locator) => item.evaluate((li) => { const style = getComputedStyle(li, '::before'); return `${style.borderTopStyle} ${parseFloat(style.width) > 0}`; });
    expect([await line(forNfs.nth(2)), await line(forNfs.nth(1)), await line(forNfs.nth(0))]).toEqual(['solid true', 'dashed true', 'dotted true']);
    // Every port group has its line to the switch, and shows its VLAN.
    const groups = diagram.getByRole('list', { name: 'Port groups on dvSwitch' }).getByRole('listitem');
    await expect(groups).toHaveCount(6);
    expect(await groups.evaluateAll((items) => items.every((li) => getComputedStyle(li, '::before').borderTopStyle === 'solid'))).toBe(true);
    await expect(groups.filter({ hasText: /^VM Network/ })).toContainText('VLAN 100');
    // Side by side when there is room, stacked (port groups, switch, uplinks) on a phone.
    const [pgBox, busBox, upBox] = await Promise.all([groups.first(), diagram.locator('.esxi-sd__bus').last(), forNfs.first()].map((l) => l.boundingBox()));
    if (width === 1280) expect(pgBox!.x + pgBox!.width).toBeLessThan(busBox!.x);
    else expect(pgBox!.y + pgBox!.height).toBeLessThan(busBox!.y);
    expect(busBox!.x + (width === 1280 ? busBox!.width : 0)).toBeLessThanOrEqual(upBox!.x + (width === 1280 ? 0 : upBox!.width));
    if (width === 360) expect(busBox!.y + busBox!.height).toBeLessThan(upBox!.y);
    // vCenter's controls still work from the diagram, and the picked port group stays picked.
    await diagram.getByRole('combobox', { name: 'dvSwitch MTU' }).selectOption('9000');
    await diagram.getByRole('button', { name: 'Apply MTU' }).click();
    await expect(diagram.locator('.esxi-sd__bus')).toContainText('MTU 9000');
    await expect(diagram.getByRole('button', { name: 'NFS VLAN 40' })).toHaveAttribute('aria-pressed', 'true');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await diagram.evaluate((section) => section.scrollWidth - section.clientWidth)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });
}
