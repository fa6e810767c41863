import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { reach, typeLine, wakeLabs, watchErrors } from './helpers';

const URL = '/host-profiles/';
const LAB = ', a cluster for host profiles';
const PROFILE = 'Cluster01 profile';

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const widgets = (page: Page) => ({
  inventory: region(page, `vCenter inventory${LAB}`),
  board: region(page, `Compliance board${LAB}`),
  wizard: region(page, `Apply profile wizard${LAB}`),
  esx03: region(page, `Terminal, esx03${LAB}`),
});

/** Presses a control the way a keyboard reader does: focus it, then Enter. */
async function press(control: Locator) {
  await control.focus();
  await control.press('Enter');
}

const overall = (board: Locator, host: string) => board.locator(`tr[data-host="${host}"] [data-part="overall"]`);

/** Creates the profile from esx01, attaches it to Cluster01 and checks, all from the keyboard. */
async function createAttachCheck(page: Page, board: Locator) {
  await reach(board);
  const create = board.getByRole('button', { name: 'Create profile from host' });
  await expect(create).toBeEnabled();
  await expect(board.getByLabel('Profile name')).toHaveValue(PROFILE);
  await board.getByLabel('Reference host').selectOption('esx01');
  await press(create);
  await expect(board.getByRole('status')).toHaveText(`Profile ${PROFILE} created from esx01.`);
  await board.getByLabel('Host or cluster').selectOption('Cluster01');
  await press(board.getByRole('button', { name: 'Attach', exact: true }));
  await expect(board).toContainText('Attached to: Cluster01');
  await expect(board).toContainText('has not been checked yet');
  await press(board.getByRole('button', { name: 'Check compliance' }));
  await expect(overall(board, 'esx03')).toHaveText('Noncompliant');
}

test('create from esx01, attach to the cluster, check: esx03 is Noncompliant for three readable reasons, and the disconnected esx05 is Unknown', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(URL);
  const { board } = widgets(page);
  await createAttachCheck(page, board);
  await expect(board.getByRole('status')).toHaveText('Checked 4 hosts: 2 compliant.');
  await expect(board.locator('caption')).toContainText(`Compliance with ${PROFILE}, checked at`);
  await expect(overall(board, 'esx01')).toHaveText('Compliant');
  await expect(overall(board, 'esx05')).toHaveText('Unknown');

  // Each reason sits behind a disclosure in its cell, opened with the keyboard (no hover needed).
  const reasons: [string, string, string][] = [
    ['networking', 'Networking', 'vSwitch1 MTU is 1500; the profile says 9000'],
    ['services', 'Services (Tech Support Mode)', 'Remote Tech Support Mode is on; the profile says off'],
    ['advanced', 'Advanced options', 'DataMover.HardwareAcceleratedMove is 0; the profile says 1'],
  ];
  for (const [cell, label, reason] of reasons) {
    const list = board.getByRole('list', { name: `esx03, ${label}` });
    await expect(list).toBeHidden();
    await press(board.locator(`td[data-cell="esx03:${cell}"] summary`));
    await expect(list).toBeVisible();
    await expect(list).toHaveText(reason);
  }
  await expect(board.locator('td[data-cell="esx03:memory"]')).toHaveText('Compliant');
  await press(board.locator('td[data-cell="esx05:networking"] summary'));
  await expect(board.getByRole('list', { name: 'esx05, Networking' })).toHaveText('esx05 is disconnected: vCenter Server cannot check it');
  // Checking again keeps what a reader opened open, as long as the result is the same.
  await press(board.getByRole('button', { name: 'Check compliance' }));
  await expect(board.getByRole('list', { name: 'esx03, Networking' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('apply is refused until maintenance mode, which is refused while web03 runs; after a migration, apply then check: Compliant; a change in the terminal: Noncompliant again', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(URL);
  const { board, wizard, inventory, esx03 } = widgets(page);
  await createAttachCheck(page, board);

  await reach(wizard);
  await expect(wizard.getByLabel('Host')).toHaveValue('esx03');
  await expect(wizard.getByRole('listitem').filter({ hasText: 'vSwitch1' })).toHaveText('Networking: Configure vSwitch1 as the profile says (MTU, uplinks, port groups) (needs maintenance mode)');
  await expect(wizard).toContainText('esx03 is not in maintenance mode.');
  const apply = wizard.getByRole('button', { name: `Apply ${PROFILE} to esx03` });
  await press(apply);
  await expect(wizard.getByRole('alert')).toContainText('InvalidState: esx03 must be in maintenance mode first');

  await reach(inventory);
  const esx03Node = inventory.getByRole('button', { name: /^esx03\.lab\.local/ });
  await expect(esx03Node).toHaveAttribute('aria-current', 'true');
  await expect(esx03Node).toContainText('(host, connected)');
  const enter = inventory.getByRole('button', { name: 'Enter maintenance mode' });
  await press(enter);
  await expect(inventory.getByRole('alert')).toHaveText('esx03 cannot enter maintenance mode while virtual machines run on it: web03. Power them off, or migrate them to another host (vMotion), then try again.');
  await inventory.getByLabel('Migrate web03 to').selectOption('esx02');
  await press(inventory.getByRole('button', { name: 'Migrate web03' }));
  await expect(inventory.getByRole('status')).toHaveText('web03 now runs on esx02.');
  await expect(inventory.getByRole('alert')).toHaveText('');
  // Its row left esx03's table; the keyboard stays in the table.
  await expect(inventory.getByRole('group', { name: 'Virtual machines on esx03' })).toBeFocused();
  await press(enter);
  await expect(inventory.getByRole('status')).toHaveText('esx03 entered maintenance mode.');
  await expect(esx03Node).toContainText('(host, in maintenance mode)');
  await expect(inventory.getByRole('button', { name: 'Exit maintenance mode' })).toBeVisible();
  await typeLine(esx03, 'vim-cmd hostsvc/hostsummary | grep inMaintenanceMode');
  await expect(esx03).toContainText('inMaintenanceMode = true');

  await expect(wizard).toContainText('esx03 is in maintenance mode: ready.');
  await press(apply);
  await expect(wizard.getByRole('status')).toHaveText(`${PROFILE} applied to esx03: 3 changes made. Check compliance on the board to confirm.`);
  await expect(wizard).toContainText(`esx03 already matches ${PROFILE}: applying changes nothing.`);
  // The board shows the last check until the next one.
  await expect(overall(board, 'esx03')).toHaveText('Noncompliant');
  await press(board.getByRole('button', { name: 'Check compliance' }));
  await expect(overall(board, 'esx03')).toHaveText('Compliant');

  await typeLine(esx03, 'esxcfg-vswitch -m 1500 vSwitch1');
  await expect(overall(board, 'esx03')).toHaveText('Compliant');
  await press(board.getByRole('button', { name: 'Check compliance' }));
  await expect(overall(board, 'esx03')).toHaveText('Noncompliant');
  await expect(board.locator('td[data-cell="esx03:networking"]')).toContainText('Noncompliant: 1 reason');
  await expect(board.locator('td[data-cell="esx03:advanced"]')).toHaveText('Compliant');
  expect(errors).toEqual([]);
});

test('a new host joins the cluster: the wizard asks for its vMotion address, says what is wrong with a bad one and keeps it, then applies the host\'s own', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(URL);
  const { board, wizard, inventory } = widgets(page);
  await createAttachCheck(page, board);

  await reach(inventory);
  await inventory.getByLabel('Host', { exact: true }).selectOption('esx04');
  await inventory.getByLabel('Cluster', { exact: true }).selectOption('Cluster01');
  await press(inventory.getByRole('button', { name: 'Add host' }));
  await expect(inventory.getByRole('status')).toHaveText('esx04 is now in Cluster01.');
  await expect(inventory.getByRole('button', { name: /^esx04/ })).toHaveAttribute('aria-current', 'true');
  // Attached through the cluster, not configured.
  await press(board.getByRole('button', { name: 'Check compliance' }));
  await expect(overall(board, 'esx04')).toHaveText('Noncompliant');
  await press(inventory.getByRole('button', { name: 'Enter maintenance mode' }));
  await expect(inventory.getByRole('status')).toHaveText('esx04 entered maintenance mode.');

  await reach(wizard);
  await wizard.getByLabel('Host').selectOption('esx04');
  const address = wizard.getByRole('textbox', { name: /^IP address of vmk1 .* on esx04$/ });
  await expect(address).toBeVisible();
  const suggested = /has (\S+) free/.exec((await wizard.locator('.esxi-wizard__hint').textContent()) ?? '')![1]!;
  await address.focus();
  await page.keyboard.type('10.0.0');
  await page.keyboard.press('Enter');
  await expect(wizard.getByRole('alert')).toContainText('"10.0.0" is not an IPv4 address');
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  await expect(address).toBeFocused();
  await expect(address).toHaveValue('10.0.0');
  await address.fill('');
  await page.keyboard.type(suggested);
  await press(wizard.getByRole('button', { name: `Apply ${PROFILE} to esx04` }));
  await expect(wizard.getByRole('status')).toContainText(`${PROFILE} applied to esx04`);
  await expect(address).toBeHidden();
  await press(board.getByRole('button', { name: 'Check compliance' }));
  await expect(overall(board, 'esx04')).toHaveText('Compliant');
  expect(errors).toEqual([]);
});

test('at 360 px the page does not scroll sideways, the widgets\' controls are at least 24 px and their inputs 16 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(URL);
  const { board, wizard, inventory } = widgets(page);
  await createAttachCheck(page, board);
  await inventory.getByLabel('Host', { exact: true }).selectOption('esx04');
  await press(inventory.getByRole('button', { name: 'Add host' }));
  await wizard.getByLabel('Host').selectOption('esx04');
  await expect(wizard.getByRole('textbox', { name: /^IP address of vmk1/ })).toBeVisible();
  await press(board.locator('td[data-cell="esx03:networking"] summary'));

  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  // The table scrolls inside its own labelled, focusable region.
  const scroller = board.getByRole('group', { name: /^Compliance table/ });
  await expect(scroller).toHaveAttribute('tabindex', '0');
  for (const widget of [inventory, board, wizard]) {
    const small = await widget.locator('button, select, input, summary').evaluateAll((controls) =>
      controls.filter((control) => (control as HTMLElement).offsetParent !== null).flatMap((control) => {
        const box = control.getBoundingClientRect();
        const font = parseFloat(getComputedStyle(control).fontSize);
        const tooSmall = box.height < 24 || (box.width < 24 && control.localName !== 'summary');
        const input = control.localName === 'input' || control.localName === 'select';
        return tooSmall || (input && font < 16) ? [`${control.localName} "${(control.textContent || control.getAttribute('aria-label') || '').trim().slice(0, 30)}" ${box.width.toFixed(0)}x${box.height.toFixed(0)} font ${font}px`] : [];
      }));
    expect(small).toEqual([]);
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing in the ${scheme} theme with every widget live, a reason open and a refusal shown`, async ({ page }) => {
    // The page has 16 lab widgets and a quiz: one axe pass takes up to a minute on a busy 2-core machine.
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(URL);
    await wakeLabs(page);
    const { board, wizard, inventory } = widgets(page);
    await createAttachCheck(page, board);
    await press(board.locator('td[data-cell="esx03:networking"] summary'));
    await press(wizard.getByRole('button', { name: `Apply ${PROFILE} to esx03` }));
    await expect(wizard.getByRole('alert')).not.toBeEmpty();
    await press(inventory.getByRole('button', { name: 'Enter maintenance mode' }));
    await expect(inventory.getByRole('alert')).not.toBeEmpty();
    const violations = (await new AxeBuilder({ page }).analyze()).violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
    expect(violations).toEqual([]);
  });
}

/** The widgets beside a scenario's panel, on the scenario's own lab. */
const scenario = (page: Page, title: string) => {
  const on = `, scenario: ${title}`;
  return {
    panel: region(page, `Scenario: ${title}`),
    inventory: region(page, `vCenter inventory${on}`),
    board: region(page, `Compliance board${on}`),
    wizard: region(page, `Apply profile wizard${on}`),
    terminal: (host: string) => region(page, `Terminal, ${host}${on}`),
  };
};

test('the drift scenario, by clicking and typing: profile, vMotion, maintenance mode from the shell, apply, check, exit', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(URL);
  const { panel, inventory, board, wizard, terminal } = scenario(page, 'A host has drifted from the cluster');
  const esx03 = terminal('esx03');
  await expect(panel.locator('[data-goal="esx03-compliant"]')).toContainText('no host profile is attached to esx03');
  await createAttachCheck(page, board);
  await reach(inventory);
  await inventory.getByLabel('Migrate web03 to').selectOption('esx02');
  await press(inventory.getByRole('button', { name: 'Migrate web03' }));
  await expect(inventory.getByRole('status')).toHaveText('web03 now runs on esx02.');
  await typeLine(esx03, 'vim-cmd hostsvc/maintenance_mode_enter');
  await expect(esx03).toContainText('enterMaintenanceMode');
  await expect(inventory.getByRole('button', { name: /^esx03\.lab\.local/ })).toContainText('in maintenance mode');
  await press(wizard.getByRole('button', { name: `Apply ${PROFILE} to esx03` }));
  await expect(wizard.getByRole('status')).toContainText('applied to esx03');
  await expect(panel.locator('[data-goal="esx03-compliant"]')).toContainText('check compliance again');
  await press(board.getByRole('button', { name: 'Check compliance' }));
  await expect(overall(board, 'esx03')).toHaveText('Compliant');
  await typeLine(esx03, 'vim-cmd hostsvc/maintenance_mode_exit');
  await expect(panel.locator('[data-goal="esx03-compliant"]')).toContainText('Done');
  await expect(panel.locator('[data-goal="web03-runs"]')).toContainText('Holds');
  await expect(panel.getByRole('status')).toContainText('scenario complete');
  expect(errors).toEqual([]);
});

test('the new host scenario, by clicking and typing: add esx04, check, maintenance mode, its own address, apply, check, exit', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(URL);
  const { panel, inventory, board, wizard } = scenario(page, 'A new host joins the cluster');
  await expect(panel.locator('[data-goal="esx04-in-cluster"]')).toContainText('esx04 is not in Cluster01 yet');
  await createAttachCheck(page, board);
  await reach(inventory);
  await inventory.getByLabel('Host', { exact: true }).selectOption('esx04');
  await press(inventory.getByRole('button', { name: 'Add host' }));
  await expect(panel.locator('[data-goal="esx04-in-cluster"]')).toContainText('Done');
  await press(inventory.getByRole('button', { name: 'Enter maintenance mode' }));
  await expect(inventory.getByRole('status')).toHaveText('esx04 entered maintenance mode.');
  // The wizard was placed for esx04: it shows esx04 as soon as vCenter manages it.
  await expect(wizard.getByLabel('Host')).toHaveValue('esx04');
  await wizard.getByRole('textbox', { name: /^IP address of vmk1/ }).fill('192.168.20.14');
  await press(wizard.getByRole('button', { name: `Apply ${PROFILE} to esx04` }));
  await expect(wizard.getByRole('status')).toContainText('applied to esx04');
  await press(board.getByRole('button', { name: 'Check compliance' }));
  await expect(overall(board, 'esx04')).toHaveText('Compliant');
  await press(inventory.getByRole('button', { name: 'Exit maintenance mode' }));
  await expect(panel.getByRole('status')).toContainText('scenario complete');
  expect(errors).toEqual([]);
});

test('the patching scenario, by typing: esxupdate refuses outside maintenance mode; vMotion, maintenance mode, update, reboot, exit', async ({ page }) => {
  test.setTimeout(60_000);
  const errors = watchErrors(page);
  await page.goto(URL);
  const title = 'Patch a host the 4.1 way';
  const { panel, inventory, terminal } = scenario(page, title);
  const esx02 = terminal('esx02');
  const update = 'esxupdate --bundle=/vmfs/volumes/datastore1/ESXi410-201204001.zip update';
  await reach(esx02);
  await typeLine(esx02, update);
  await expect(esx02).toContainText('esxupdate: error: the host must be in maintenance mode');
  await typeLine(esx02, 'vim-cmd hostsvc/maintenance_mode_enter');
  await expect(esx02).toContainText('cannot enter maintenance mode while virtual machines run on it: web02');
  await reach(inventory);
  await inventory.getByLabel('Migrate web02 to').selectOption('esx01');
  await press(inventory.getByRole('button', { name: 'Migrate web02' }));
  await expect(inventory.getByRole('status')).toHaveText('web02 now runs on esx01.');
  await typeLine(esx02, 'vim-cmd hostsvc/maintenance_mode_enter');
  await typeLine(esx02, update);
  await typeLine(esx02, 'reboot');
  // The loader's countdown runs while its console is in view, as on a real screen.
  await reach(region(page, `Boot console, esx02, scenario: ${title}`));
  await expect(panel.locator('[data-goal="esx02-patched"]')).toContainText('Done', { timeout: 40_000 });
  await typeLine(esx02, 'vim-cmd hostsvc/maintenance_mode_exit');
  await expect(panel.getByRole('status')).toContainText('scenario complete');
  expect(errors).toEqual([]);
});
