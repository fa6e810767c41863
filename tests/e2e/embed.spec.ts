import AxeBuilder from '@axe-core/playwright';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { AUTO_HEIGHT_SNIPPET } from '../../src/embed/snippet';
import { watchErrors, watchForeignRequests } from './helpers';

// A trainer's page (another origin: about:blank here) with one of our embed pages in an iframe,
// resized by the five lines the embed index documents. Heights the frame posts are recorded.
async function hostPage(page: Page, iframeHtml: string): Promise<FrameLocator> {
  await page.setContent(`<!doctype html><html><head><title>Course page</title></head><body>
    <h1>My course</h1>${iframeHtml}
    <script>window.heights = []; addEventListener('message', (event) => { if (event.data?.type === 'esxi-embed:height') window.heights.push(event.data.height); });</script>
    ${AUTO_HEIGHT_SNIPPET}</body></html>`);
  return page.frameLocator('iframe');
}

let base = '';
const iframe = (path: string) => `<iframe src="${new URL(path, base)}" title="Embedded widget" width="100%" height="300" style="border:0"></iframe>`;

test.beforeEach(({ baseURL }) => {
  base = baseURL!;
});

test('a terminal embedded in another page runs commands and sizes its iframe', async ({ page }) => {
  const errors = watchErrors(page);
  const foreign = watchForeignRequests(page);
  const frame = await hostPage(page, iframe('/embed/terminal/after-upgrade/'));
  const terminal = frame.getByRole('region', { name: 'Terminal, esx01' });
  const input = terminal.getByRole('textbox', { name: 'Command' });
  await expect(input).toBeEnabled();
  await input.fill('vmware -v');
  await input.press('Enter');
  await expect(terminal).toContainText('VMware ESXi 4.1.0 build-348481');

  // The parent received the page's height and the documented snippet applied the last one.
  await page.waitForFunction(() => (window as unknown as { heights: number[] }).heights.length > 0);
  const heights = await page.evaluate(() => (window as unknown as { heights: number[] }).heights);
  expect(heights.every((height) => Number.isInteger(height) && height > 100)).toBe(true);
  await expect.poll(async () => page.locator('iframe').evaluate((element) => element.getBoundingClientRect().height)).toBe(heights.at(-1));
  // The page has only the widget, its title and the way back to the chapter (new tab, no opener).
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(/^Terminal, esx01: /);
  const source = frame.getByRole('link', { name: /read the chapter/ });
  await expect(source).toHaveAttribute('href', '/boot-process/');
  await expect(source).toHaveAttribute('target', '_blank');
  await expect(source).toHaveAttribute('rel', 'noopener');
  await expect(frame.getByRole('navigation')).toHaveCount(0);
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
});

test('Shift+R on an embedded boot console starts the rollback', async ({ page }) => {
  const foreign = watchForeignRequests(page);
  const frame = await hostPage(page, iframe('/embed/boot-console/after-upgrade/'));
  const console = frame.getByRole('region', { name: 'Boot console, esx01' });
  await console.getByRole('button', { name: 'Reboot esx01' }).click();
  const screen = console.getByRole('group', { name: /Console screen of esx01/ });
  await expect(screen).toContainText('Loading VMware Hypervisor');
  await screen.focus();
  await page.keyboard.press('Shift+R');
  await expect(screen).toContainText('DO YOU REALLY WANT TO ROLL BACK?');
  expect(foreign).toEqual([]);
});

test('?host= picks another host of the lab', async ({ page }) => {
  await page.goto('/embed/terminal/two-host-cluster/?host=esx02');
  const terminal = page.getByRole('region', { name: 'Terminal, esx02' });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Terminal, esx02');
  const input = terminal.getByRole('textbox', { name: 'Command' });
  await input.fill('hostname');
  await input.press('Enter');
  await expect(terminal.getByRole('log').getByText('esx02', { exact: true })).toBeVisible();
  await expect(page.locator('[data-embed-messages]')).toBeHidden();
});

test('malformed parameters get a plain-text note and the defaults, and the widget still works', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await hostPage(page, iframe(`/embed/terminal/two-host-cluster/?host=${encodeURIComponent('<img src=x onerror=alert(1)>')}&theme=neon&zoom=2`));
  const note = frame.getByRole('status').filter({ hasText: 'host=' });
  await expect(note).toContainText('host="<img src=x onerror=alert(1)>" is not a host this widget can show here (esx01, esx02); showing esx01.');
  await expect(note).toContainText('theme="neon" is not a theme');
  await expect(note).toContainText('"zoom" is not known here');
  await expect(note.locator('img')).toHaveCount(0);
  const terminal = frame.getByRole('region', { name: 'Terminal, esx01' });
  const input = terminal.getByRole('textbox', { name: 'Command' });
  await input.fill('hostname');
  await input.press('Enter');
  await expect(terminal.getByRole('log').getByText('esx01', { exact: true })).toBeVisible();
  expect(errors).toEqual([]);
});

test('with storage refused in the frame the scenario works and says progress is not saved', async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); } });
  });
  const frame = await hostPage(page, iframe('/embed/scenario/boot-rollback/'));
  await expect(frame.getByText('does not let the embedded page save progress')).toBeVisible();
  await expect(frame.getByRole('region', { name: /^Scenario: / })).toBeVisible();
  const terminal = frame.getByRole('region', { name: /^Terminal, esx01/ });
  const input = terminal.getByRole('textbox', { name: 'Command' });
  await input.fill('cat /bootbank/boot.cfg');
  await input.press('Enter');
  await expect(terminal).toContainText('bootstate=0');
  expect(errors).toEqual([]);
});

test('storage that works shows no note', async ({ page }) => {
  await page.goto('/embed/scenario/boot-rollback/');
  await expect(page.getByRole('region', { name: /^Scenario: / }).getByRole('button', { name: 'Show a hint' })).toBeEnabled();
  await expect(page.locator('[data-embed-storage]')).toBeHidden();
});

test('embed pages fit a 360 px phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/embed/terminal/after-upgrade/', '/embed/switch-diagram/dvswitch-lab/', '/embed/vaai-lab/vaai-lab/', '/embed/port-map/managed-host/', '/embed/scenario/jumbo-mismatch/', '/embed/']) {
    await page.goto(path);
    await page.keyboard.press('Shift');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on an embed page in the ${scheme} scheme, live and with a note`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/embed/scenario/jumbo-mismatch/?theme=wrong');
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await page.keyboard.press('Shift');
    await expect(page.getByRole('region', { name: /^Terminal, esx01/ }).getByRole('textbox', { name: 'Command' })).toBeEnabled();
    expect((await new AxeBuilder({ page }).analyze()).violations.map((violation) => violation.id)).toEqual([]);
  });
}

test('?theme= overrides the system scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/embed/boot-banks/after-upgrade/?theme=light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).toBe('rgb(255, 255, 255)');
});

test('the Share or embed control in a chapter gives code whose iframe loads the same widget', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/networking/');
  const disclosure = page.locator('details.esxi-share__details:has(summary[aria-label="Share or embed: Terminal, esx02"])').first();
  await disclosure.locator('summary').click();
  const code = disclosure.getByRole('textbox', { name: 'HTML to paste where the widget should appear' });
  await expect(code).toBeVisible();
  // Its Copy button shows once the code names this page's own address.
  await expect(disclosure.getByRole('button', { name: 'Copy code' })).toBeVisible();
  const snippet = await code.inputValue();
  expect(snippet).toMatch(/^<iframe src="[^"]+" title="[^"]+" /);
  const src = /src="([^"]+)"/.exec(snippet)![1]!.replaceAll('&amp;', '&');
  expect(new URL(src).origin).toBe(new URL(base).origin);
  expect(new URL(src).searchParams.get('host')).toBe('esx02');

  await disclosure.getByRole('button', { name: 'Copy code' }).click();
  await expect(embedStatus(disclosure)).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

  const frame = await hostPage(page, snippet);
  const terminal = frame.getByRole('region', { name: /^Terminal, esx02/ });
  const input = terminal.getByRole('textbox', { name: 'Command' });
  await input.fill('hostname');
  await input.press('Enter');
  await expect(terminal.getByRole('log').getByText('esx02', { exact: true })).toBeVisible();
});

test('where the clipboard is refused, Copy selects the code instead', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  await page.goto('/boot-process/');
  const disclosure = page.locator('details.esxi-share__details').first();
  await disclosure.locator('summary').click();
  await disclosure.getByRole('button', { name: 'Copy code' }).click();
  await expect(embedStatus(disclosure)).toContainText('Selected');
  const code = disclosure.getByRole('textbox', { name: 'HTML to paste where the widget should appear' });
  await expect(code).toBeFocused();
  expect(await code.evaluate((element: HTMLTextAreaElement) => element.selectionEnd - element.selectionStart)).toBe(await code.evaluate((element: HTMLTextAreaElement) => element.value.length));
});

/** The status beside the embed code's Copy button (the lab link has its own). */
function embedStatus(disclosure: import('@playwright/test').Locator) {
  return disclosure.locator('p').filter({ has: disclosure.page().getByRole('button', { name: 'Copy code' }) }).getByRole('status');
}

test('the embed index lists every page it links to', async ({ page }) => {
  await page.goto('/embed/');
  const links = await page.locator('main a[href^="/embed/"]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
  expect(links.length).toBeGreaterThan(50);
  expect(new Set(links).size).toBe(links.length);
  for (const href of links) expect((await page.request.get(href)).status(), href).toBe(200);
  await expect(page.getByRole('heading', { name: 'Auto-height' })).toBeVisible();
});
