import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { reach, typeLine, watchErrors } from './helpers';

const URL = '/storage-vaai/';
const LAB = ', a host on a VAAI array';
const STORM = ', scenario: A slow boot storm';

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** The widget lies inside the viewport and nothing in it sticks out (a scroll region may scroll inside). */
async function expectFits(widget: Locator, width: number) {
  const box = (await widget.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
  expect(await widget.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
}

test('full copy off in the terminal: the switch follows and a clone crawls through the host; on in the widget: esxcfg-advcfg -g prints 1', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(URL);
  const vaai = region(page, `VAAI lab, esx01${LAB}`);
  const terminal = region(page, `Terminal, esx01${LAB}`);
  await reach(vaai);
  const fullCopy = vaai.getByRole('switch', { name: 'Full copy (XCOPY), esx01' });
  await expect(fullCopy).toBeEnabled();
  await expect(fullCopy).toBeChecked();

  await typeLine(terminal, 'esxcfg-advcfg -s 0 /DataMover/HardwareAcceleratedMove');
  // 4.1 prints nothing after -s: the switch follows, and no value line appears.
  await expect(fullCopy).not.toBeChecked();
  await expect(terminal).not.toContainText('Value of HardwareAcceleratedMove is 0');
  await expect(vaai.locator('li[data-setting="move-esx01"]')).toContainText('0 (off)');

  await vaai.getByRole('button', { name: /^Clone web01/ }).click();
  const slow = vaai.locator('li[data-job="1"]');
  await expect(slow).toHaveAttribute('data-mode', 'software');
  await expect(slow).toContainText('Not offloaded: /DataMover/HardwareAcceleratedMove is 0');
  await expect(vaai.getByRole('status')).toContainText('Job 1: clone web01.vmdk to ds-vmfs8/web01-clone-1 started.');
  await vaai.getByRole('button', { name: 'Skip to the end' }).click();
  await expect(slow).toHaveAttribute('data-done', 'true');
  await expect(slow).toContainText('Through the host: 20.0 GB · inside the array: 0 B');
  await expect(slow.getByRole('progressbar')).toHaveAttribute('value', '100');

  await fullCopy.click();
  await expect(fullCopy).toBeChecked();
  await vaai.getByRole('button', { name: /^Clone web01/ }).click();
  const fast = vaai.locator('li[data-job="2"]');
  await expect(fast).toHaveAttribute('data-mode', 'xcopy');
  await vaai.getByRole('button', { name: 'Skip to the end' }).click();
  await expect(fast).toHaveAttribute('data-done', 'true');
  await expect(fast).toContainText('Through the host: 0 B · inside the array: 10.0 GB');
  const slowMs = Number(await slow.getAttribute('data-elapsed-ms'));
  const fastMs = Number(await fast.getAttribute('data-elapsed-ms'));
  expect(slowMs).toBeGreaterThan(4 * fastMs);

  await typeLine(terminal, 'esxcfg-advcfg -g /DataMover/HardwareAcceleratedMove');
  await expect(terminal).toContainText('Value of HardwareAcceleratedMove is 1');
  const counters = region(page, `VAAI counters, esx01${LAB}`);
  // Each row has the local disk's cell first, then the array LUN's.
  await expect(counters.locator('tr[data-column="CLONE_RD"] td').last()).toHaveText('2560');
  expect(errors).toEqual([]);
});

test('a boot storm without ATS shows reservations and conflicts in the counters; with ATS on every host, ATS and none', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(URL);
  const vaai = region(page, `VAAI lab, esx01${STORM}`);
  const counters = region(page, `VAAI counters, esx01${STORM}`);
  await reach(vaai);
  await expect(vaai.getByRole('switch', { name: 'Hardware-assisted locking (ATS), esx03' })).toBeEnabled();
  await reach(counters);
  // The array LUN's cell (the local disk's comes first).
  const cell = (column: string) => counters.locator(`tr[data-column="${column}"] td`).last();
  const summary = counters.locator('[data-part="summary"]');
  await expect(summary).toContainText(/: [1-9]\d* reservations, [1-9]\d* reservation conflicts, 0 ATS, 0 ATSF\./);
  await expect(cell('ATS')).toHaveText('0');
  await expect(vaai.locator('[data-part="storm"]')).toContainText('Locking: no ATS, SCSI reservations on the whole LUN');

  await vaai.getByRole('button', { name: 'Skip to the end' }).click();
  await expect(vaai.getByRole('status')).toContainText('Boot storm 1 finished');
  for (const host of ['esx01', 'esx02', 'esx03']) {
    const ats = vaai.getByRole('switch', { name: `Hardware-assisted locking (ATS), ${host}` });
    await ats.click();
    await expect(ats).toBeChecked();
  }
  await vaai.getByRole('button', { name: 'Start a boot storm (30 VMs on 3 hosts)' }).click();
  await vaai.getByRole('button', { name: 'Skip to the end' }).click();
  await expect(vaai.getByRole('status')).toContainText('Boot storm 2 finished');
  await expect(vaai.locator('[data-part="storm"]')).toContainText('Locking: ATS used');
  await expect(vaai.locator('[data-part="storm"]')).toContainText('0 reservations, 0 reservation conflicts, 30 ATS');
  await expect(cell('ATS')).toHaveText('10');
  // RESV/s and CONS/s cover the last 5 s of the lab's clock, which runs while the widget is on screen.
  await expect(cell('RESV/s')).toHaveText('0.00', { timeout: 15_000 });
  await expect(cell('CONS/s')).toHaveText('0.00');

  await counters.getByText('Per-second values as a table').click();
  const rows = counters.locator('[data-part="history"] tr');
  const last = rows.last().locator('td');
  await expect(last.nth(1)).toHaveText('0');
  await expect(last.nth(2)).toHaveText('0');
  expect(Number(await last.nth(3).textContent())).toBeGreaterThan(0);
  await expect(page.getByRole('region', { name: 'Scenario: A slow boot storm', exact: true }).locator('[data-goal="ats-storm"]')).toContainText('Done');
  expect(errors).toEqual([]);
});

test('the VAAI lab works by keyboard, fits a 360px phone and passes axe in the dark theme', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(URL);
  const vaai = region(page, `VAAI lab, esx01${LAB}`);
  await reach(vaai);
  const zeroing = vaai.getByRole('switch', { name: 'Block zeroing (WRITE SAME), esx01' });
  await expect(zeroing).toBeEnabled();
  await zeroing.focus();
  await page.keyboard.press('Space');
  await expect(zeroing).not.toBeChecked();
  const create = vaai.getByRole('button', { name: 'Create a 10.0 GB eagerzeroedthick disk' });
  await create.focus();
  await page.keyboard.press('Enter');
  await expect(vaai.locator('li[data-job="1"]')).toContainText('Not offloaded: /DataMover/HardwareAcceleratedInit is 0');
  await expectFits(vaai, 360);
  const counters = region(page, `VAAI counters, esx01${LAB}`);
  await reach(counters);
  await expectFits(counters, 360);
  const results = await new AxeBuilder({ page }).include('esxi-vaai-lab').include('esxi-vaai-counters').analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the settings, the running boot storm and the counters are readable', async ({ page }) => {
    await page.goto(URL);
    const vaai = region(page, `VAAI lab, esx01${STORM}`);
    await expect(vaai.getByRole('switch', { name: 'Hardware-assisted locking (ATS), esx02' })).not.toBeChecked();
    await expect(vaai.locator('[data-part="storm"]')).toContainText('Boot storm 1 on ds-shared');
    await expect(vaai.locator('[data-part="storm"]')).toContainText(/Reservation conflicts per second in this storm, all hosts, last 5 s: [1-9]\d*\.\d\d/);
    await expect(region(page, `VAAI counters, esx01${STORM}`).locator('tr[data-column="CONS/s"] td').last()).not.toHaveText('0.00');
  });
});

test.describe('the storage scenarios, finished by typing their steps (no "Play the solution")', () => {
  // A clone runs on the lab's clock, which runs while the lab has work and a widget is on screen.
  const WEB01 = '/vmfs/volumes/ds-vmfs8/web01/web01.vmdk';

  test('cloning takes far too long: switch full copy back on, clone, and the goals are met', async ({ page }) => {
    test.setTimeout(90_000);
    const errors = watchErrors(page);
    await page.goto(URL);
    const panel = region(page, 'Scenario: Cloning takes far too long');
    const terminal = region(page, 'Terminal, esx01, scenario: Cloning takes far too long');
    await reach(terminal);
    await expect(terminal.getByRole('textbox', { name: 'Command' })).toBeEnabled();
    await typeLine(terminal, 'esxcfg-advcfg -s 1 /DataMover/HardwareAcceleratedMove');
    await typeLine(terminal, `vmkfstools -i ${WEB01} /vmfs/volumes/ds-vmfs8/web02/web02.vmdk`);
    await expect(terminal).toContainText('Clone: 0% done.');
    await expect(panel.locator('[data-goal="xcopy-clone"]')).toContainText('Done', { timeout: 60_000 });
    await expect(panel.getByRole('status')).toHaveText('All goals met: scenario complete.');
    expect(errors).toEqual([]);
  });

  test('why did this clone not offload: compare the block sizes, answer, clone where XCOPY works', async ({ page }) => {
    test.setTimeout(90_000);
    const errors = watchErrors(page);
    await page.goto(URL);
    const panel = region(page, 'Scenario: Why did this clone not offload?');
    const terminal = region(page, 'Terminal, esx01, scenario: Why did this clone not offload?');
    await reach(terminal);
    await expect(terminal.getByRole('textbox', { name: 'Command' })).toBeEnabled();
    await typeLine(terminal, 'vmkfstools -P /vmfs/volumes/ds-vmfs8');
    await typeLine(terminal, 'vmkfstools -P /vmfs/volumes/ds-vmfs1');
    await expect(terminal).toContainText('file blocks * 1048576)');
    await panel.getByRole('combobox', { name: 'Why did the clone of web01 to ds-vmfs1 not use XCOPY?' }).selectOption('block-size');
    await typeLine(terminal, `vmkfstools -i ${WEB01} /vmfs/volumes/ds-vmfs8/web01-copy/web01-copy.vmdk`);
    await expect(panel.locator('[data-goal="xcopy-clone"]')).toContainText('Done', { timeout: 60_000 });
    await expect(panel.getByRole('status')).toHaveText('All goals met: scenario complete.');
    expect(errors).toEqual([]);
  });
});
