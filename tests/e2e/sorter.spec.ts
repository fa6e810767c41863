import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { reach, watchErrors, watchForeignRequests } from './helpers';

/** The widget lies inside the viewport and nothing in it sticks out (a scroll region may scroll inside). */
async function expectFits(widget: Locator, width: number) {
  const box = (await widget.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
  expect(await widget.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
}

const URL = '/virtualization-basics/';
const sorterOf = (page: Page) => page.getByRole('region', { name: 'Sorter: emulation, simulation or virtualization' });
const example = (page: Page, name: RegExp) => sorterOf(page).getByRole('group', { name });

/** Opens the chapter and scrolls to the sorter, which wakes its code (it loads when reached). */
async function openSorter(page: Page) {
  await page.goto(URL);
  await reach(sorterOf(page));
  // Its buttons appear once its code is live.
  await expect(sorterOf(page).getByRole('button', { name: 'Check answer' }).first()).toBeVisible();
}

test('a right and a wrong answer are explained and scored', async ({ page }) => {
  const errors = watchErrors(page);
  const foreign = watchForeignRequests(page);
  await openSorter(page);
  const sorter = sorterOf(page);
  await expect(sorter.getByText(/^Score: 0 of \d+$/)).toBeVisible();

  const atari = example(page, /Atari/);
  await atari.getByRole('radio', { name: 'Emulation' }).check();
  await atari.getByRole('button', { name: 'Check answer' }).click();
  await expect(atari).toContainText('Right:');
  await expect(sorter.getByText(/^Score: 1 of \d+$/)).toBeVisible();

  const netapp = example(page, /NetApp simulator/);
  await netapp.getByRole('radio', { name: 'Virtualization' }).check();
  await netapp.getByRole('button', { name: 'Check answer' }).click();
  await expect(netapp).toContainText('Not quite: this is simulation.');
  await expect(sorter.getByText(/^Score: 1 of \d+$/)).toBeVisible();
  // The one live region says the same, for screen readers.
  await expect(sorter.getByRole('status')).toContainText('Not quite: this is simulation.');

  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
});

test('changing a checked answer takes its feedback and point away until checked again', async ({ page }) => {
  await openSorter(page);
  const sorter = sorterOf(page);
  const vms = example(page, /virtual machines on one ESXi host/);
  await vms.getByRole('radio', { name: 'Virtualization' }).check();
  await vms.getByRole('button', { name: 'Check answer' }).click();
  await expect(vms).toContainText('Right:');
  await expect(sorter.getByText(/^Score: 1 of \d+$/)).toBeVisible();

  await vms.getByRole('radio', { name: 'Emulation' }).check();
  await expect(vms).not.toContainText('Right:');
  await expect(sorter.getByText(/^Score: 0 of \d+$/)).toBeVisible();
});

test('checking with nothing chosen asks for a choice', async ({ page }) => {
  await openSorter(page);
  const flight = example(page, /flight simulator/);
  await flight.getByRole('button', { name: 'Check answer' }).click();
  await expect(flight).toContainText('Choose emulation, simulation or virtualization first.');
  await flight.getByRole('radio', { name: 'Simulation' }).check();
  await expect(flight).not.toContainText('first.');
});

test('"Check my answers" checks every chosen example, and "Try again" clears everything', async ({ page }) => {
  await openSorter(page);
  const sorter = sorterOf(page);
  await example(page, /Atari/).getByRole('radio', { name: 'Emulation' }).check();
  await example(page, /flight simulator/).getByRole('radio', { name: 'Virtualization' }).check();
  await sorter.getByRole('button', { name: 'Check my answers' }).click();
  await expect(example(page, /Atari/)).toContainText('Right:');
  await expect(example(page, /flight simulator/)).toContainText('Not quite: this is simulation.');
  await expect(sorter.getByRole('status')).toContainText(/^2 answers checked, 1 right\. \d+ examples still without an answer\. Score: 1 of \d+\.$/);
  await expect(sorter.getByText(/^Score: 1 of \d+$/)).toBeVisible();

  await sorter.getByRole('button', { name: 'Try again' }).click();
  await expect(sorter.getByText(/^Score: 0 of \d+$/)).toBeVisible();
  await expect(sorter.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(sorter).not.toContainText('Right:');
  await expect(sorter).not.toContainText('Not quite:');
  await expect(example(page, /Atari/).getByRole('radio', { name: 'Emulation' })).toBeFocused();
});

test('the keyboard alone can choose and check an answer', async ({ page }) => {
  await openSorter(page);
  const atari = example(page, /Atari/);
  const emulation = atari.getByRole('radio', { name: 'Emulation' });
  await emulation.focus();
  await page.keyboard.press('Space');
  await expect(emulation).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(atari.getByRole('radio', { name: 'Simulation' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(atari.getByRole('button', { name: 'Check answer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(atari).toContainText('Not quite: this is emulation.');
});

test('the sorter fits a 360px phone and passes axe in the dark theme after checking', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await openSorter(page);
  const sorter = sorterOf(page);
  await example(page, /Atari/).getByRole('radio', { name: 'Emulation' }).check();
  await example(page, /NetApp simulator/).getByRole('radio', { name: 'Emulation' }).check();
  await sorter.getByRole('button', { name: 'Check my answers' }).click();
  await example(page, /flight simulator/).getByRole('button', { name: 'Check answer' }).click();
  await expectFits(sorter, 360);
  const results = await new AxeBuilder({ page }).include('esxi-sorter').analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every example and its answer with the reason are readable', async ({ page }) => {
    await page.goto(URL);
    const sorter = sorterOf(page);
    await expect(sorter.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
    const atari = example(page, /Atari/);
    await expect(atari.getByRole('radio')).toHaveCount(3);
    await atari.getByText('Answer', { exact: true }).click();
    await expect(atari).toContainText(/Emulation\. \S/);
    await expect(example(page, /NetApp simulator/)).toContainText('Simulation.');
  });
});
