import { expect, test } from '@playwright/test';
import { reach, watchErrors } from './helpers';

// A chapter opens with its widgets' server-rendered output; each lab's code loads as the
// reader nears a widget, touches one or presses a key.

test('a chapter downloads no lab code until the reader nears a widget', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/boot-process/');
  await page.waitForLoadState('networkidle');
  // Widget elements and the simulation arrive in chunks of their own, none of them at page open.
  const labCode = () => scripts.filter((path) => /-element\.[\w-]+\.js$|\/sim\.[\w-]+\.js$/.test(path));
  expect(labCode()).toEqual([]);
  const terminal = page.getByRole('region', { name: 'Terminal, esx01' }).first();
  await expect(terminal.getByRole('textbox', { name: 'Command' })).toBeDisabled();

  await reach(terminal);
  await expect(terminal.getByRole('textbox', { name: 'Command' })).toBeEnabled();
  expect(labCode().length).toBeGreaterThan(0);
});

test('keys pressed on a console while its code loads are not lost', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/ports-and-services/');
  const dcui = page.getByRole('region', { name: 'DCUI, esx01, a host managed by vCenter', exact: true });
  const screen = dcui.getByRole('group', { name: /Console screen \(DCUI\)/ });
  // Focus and F2 at once, before the lab has loaded: the key is held and replayed.
  await screen.focus();
  await page.keyboard.press('F2');
  await expect(screen).toContainText('Authentication Required');
  expect(errors).toEqual([]);
});

test('when the lab code cannot load, each widget says so and the chapter stays readable', async ({ page }) => {
  await page.route(/-element\.[\w-]+\.js$/, (route) => route.abort());
  await page.goto('/boot-process/');
  const widget = page.locator('esxi-terminal').first();
  await reach(widget);
  await expect(widget.getByRole('status')).toContainText('This widget could not start: its code did not load');
  await expect(widget).toContainText('Reload the page to try again');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('boot');
});
