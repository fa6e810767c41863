import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { reach, typeLine, watchErrors } from './helpers';

const URL = '/storage-vaai/';
const LAB = ', a host on a VAAI array';
const WEB01 = '/vmfs/volumes/ds-vmfs8/web01/web01.vmdk';

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

test('esxtop opens full-screen in the terminal: u shows the devices, f and o add the VAAI and reservation columns, q is back at the prompt', async ({ page }) => {
  // The clone's counters need a 5-second refresh of lab time, and the axe scan its own seconds.
  test.setTimeout(60_000);
  const errors = watchErrors(page);
  await page.goto(URL);
  const terminal = region(page, `Terminal, esx01${LAB}`);
  await reach(terminal);
  await typeLine(terminal, `vmkfstools -i ${WEB01} /vmfs/volumes/ds-vmfs8/top/top.vmdk`);
  // The first storage command fetches the storage kit's commands.
  await expect(terminal).toContainText("Cloning disk '/vmfs/volumes/ds-vmfs8/web01/web01.vmdk'...", { timeout: 15_000 });
  await typeLine(terminal, 'esxtop');

  const esxtop = page.getByRole('region', { name: 'esxtop, esx01' });
  await expect(esxtop).toBeFocused({ timeout: 10_000 });
  await expect(esxtop.getByRole('status')).toContainText('esxtop is open on esx01');
  await page.keyboard.press('u');
  await expect(esxtop).toContainText('DEVICE');
  await expect(esxtop).toContainText('mpx.vmhba1:C0:T0:L0');
  await expect(esxtop).not.toContainText('CLONE_RD');

  await page.keyboard.press('f');
  await expect(esxtop).toContainText('Toggle fields with a-z, any other key to return:');
  await page.keyboard.press('O');
  await page.keyboard.press('H');
  await page.keyboard.press('Enter');
  for (const column of ['CLONE_RD', 'CLONE_WR', 'CLONE_F', 'MBC_RD/s', 'MBC_WR/s', 'ATS', 'ATSF', 'ZERO', 'ZERO_F', 'MBZERO/s', 'RESV/s', 'CONS/s']) await expect(esxtop).toContainText(column);
  await expect(esxtop.getByRole('status')).toContainText('Disk device panel');

  await page.keyboard.press('o');
  await expect(esxtop).toContainText('Upper case letter moves field left');
  await page.keyboard.press('O');
  await expect(esxtop).toContainText('Current Field order: AOH');
  await page.keyboard.press('Escape');

  // The full-copy counters of the running clone grow on the lab's clock while esxtop is open.
  const cloneWr = async () => {
    const row = (await esxtop.locator('pre').textContent())!.split('\n').find((line) => line.startsWith('naa.'))!;
    return Number(row.trim().split(/\s+/)[2]);
  };
  await expect.poll(cloneWr, { timeout: 15_000 }).toBeGreaterThan(0);

  expect((await new AxeBuilder({ page }).include('.esxi-terminal').analyze()).violations).toEqual([]);
  await page.keyboard.press('q');
  await expect(esxtop).toHaveCount(0);
  const input = terminal.getByRole('textbox', { name: 'Command' });
  await expect(input).toBeFocused();
  // The progress line was redrawn in place meanwhile: one Clone line, further than 0%.
  await expect(terminal.getByText(/^Clone: \d+% done\.$/)).toHaveCount(1);
  await expect(terminal.getByText(/^Clone: \d+% done\.$/)).not.toHaveText('Clone: 0% done.');
  await typeLine(terminal, 'esxtop');
  await expect(page.getByRole('region', { name: 'esxtop, esx01' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'esxtop, esx01' })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('on a chapter without storage widgets, esxtop fetches what it needs and opens all the same', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/boot-process/');
  const terminal = page.getByRole('region', { name: 'Terminal, esx01' }).first();
  await reach(terminal);
  await typeLine(terminal, 'esxtop');
  const esxtop = page.getByRole('region', { name: 'esxtop, esx01' });
  await expect(esxtop).toBeFocused({ timeout: 15_000 });
  await page.keyboard.press('u');
  await expect(esxtop).toContainText('mpx.vmhba1:C0:T0:L0');
  await page.keyboard.press('q');
  await expect(esxtop).toHaveCount(0);
  await expect(terminal.getByRole('textbox', { name: 'Command' })).toBeFocused();
  expect(errors).toEqual([]);
});
