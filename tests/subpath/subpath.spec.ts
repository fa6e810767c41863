import { expect, test, type APIRequestContext } from '@playwright/test';
import { SUBPATH_BASE, SUBPATH_OUT_DIR } from '../../playwright.subpath.config';
import { builtPages, wakeLabs, watchCspViolations, watchErrors } from '../e2e/helpers';

/**
 * The site built under /inside-esxi/ (README, "Deploy"): every page and everything it links to
 * or loads is served from under the base, and the parts that find their files after load (the
 * lazy lab code, search, the embed snippets) find them there. One pass over the pages with plain
 * requests; the browser only where code runs.
 */
const pages = builtPages(SUBPATH_OUT_DIR).map((path) => SUBPATH_BASE + path.slice(1));

/** Every href and src a page names, as absolute paths on this server (other hosts and fragments aside). */
function referencesIn(html: string, pageUrl: URL): string[] {
  const found: string[] = [];
  for (const [, value] of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    const url = new URL(value!.replaceAll('&amp;', '&'), pageUrl);
    if (url.origin === pageUrl.origin) found.push(url.pathname + url.search);
  }
  return found;
}

async function statusOf(request: APIRequestContext, path: string): Promise<number> {
  return (await request.get(path, { maxRedirects: 0 })).status();
}

test('every page is served under the base, and every link and asset it names is there too', async ({ request, baseURL }) => {
  test.setTimeout(240_000);
  expect(pages.length).toBeGreaterThan(100);
  const referenced = new Map<string, string>();
  for (const path of pages) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    for (const reference of referencesIn(await response.text(), new URL(path, baseURL))) {
      expect(reference.startsWith(SUBPATH_BASE), `${path} names ${reference}, outside ${SUBPATH_BASE}`).toBe(true);
      if (!referenced.has(reference)) referenced.set(reference, path);
    }
  }
  expect(referenced.size).toBeGreaterThan(pages.length);
  const broken: string[] = [];
  for (const [reference, from] of referenced) {
    if (pages.includes(reference)) continue;
    if ((await statusOf(request, reference)) !== 200) broken.push(`${reference} (from ${from})`);
  }
  expect(broken).toEqual([]);
});

test('a chapter fetches its lab code from under the base: widgets wake, a typed line fetches its commands', async ({ page }) => {
  const errors = watchErrors(page);
  const violations = await watchCspViolations(page);
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`${SUBPATH_BASE}networking/`);
  await wakeLabs(page);
  const terminal = page.getByRole('region', { name: /^Terminal, esx01/ }).first();
  const input = terminal.getByRole('textbox', { name: 'Command' });
  await input.fill('esxcli corestorage device list');
  await input.press('Enter');
  await expect(terminal).toContainText('Display Name');
  expect(missing).toEqual([]);
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
});

test('search finds a chapter and links to it under the base', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`${SUBPATH_BASE}boot-process/`);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' }).fill('bootbank');
  const result = page.locator('#starlight__search a[href*="/boot-process/"]').first();
  await expect(result).toBeVisible();
  expect(new URL((await result.getAttribute('href'))!, page.url()).pathname.startsWith(`${SUBPATH_BASE}boot-process/`)).toBe(true);
  expect(errors).toEqual([]);
});

test("a chapter's embed code names the page under the base, and that page runs the widget", async ({ page, baseURL }) => {
  await page.goto(`${SUBPATH_BASE}boot-process/`);
  const disclosure = page.locator('details.esxi-share__details').first();
  await disclosure.locator('summary').click();
  // Its Copy button shows once the code names this page's own address.
  await expect(disclosure.getByRole('button', { name: 'Copy code' })).toBeVisible();
  const snippet = await disclosure.getByRole('textbox', { name: 'HTML to paste where the widget should appear' }).inputValue();
  const src = new URL(/src="([^"]+)"/.exec(snippet)![1]!.replaceAll('&amp;', '&'));
  expect(src.origin).toBe(new URL(baseURL!).origin);
  expect(src.pathname.startsWith(`${SUBPATH_BASE}embed/`)).toBe(true);

  const errors = watchErrors(page);
  await page.goto(src.href);
  await page.keyboard.press('Shift');
  await expect(page.locator('[data-embed-slot] [lab]').first()).toBeVisible();
  await wakeLabs(page);
  const back = page.locator('.esxi-embed__source a');
  expect(new URL((await back.getAttribute('href'))!, page.url()).pathname.startsWith(SUBPATH_BASE)).toBe(true);
  expect(errors).toEqual([]);
});

test('a lab link made under the base opens the page under the base and replays the lab there', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`${SUBPATH_BASE}boot-process/`);
  const terminal = page.getByRole('region', { name: 'Terminal, esx01' }).first();
  await terminal.scrollIntoViewIfNeeded();
  const input = terminal.getByRole('textbox', { name: 'Command' });
  await input.fill('echo under-the-base > /tmp/sub');
  await input.press('Enter');
  await expect(terminal.getByRole('log')).toContainText('# echo under-the-base');
  const share = page.locator('.esxi-share__details').first();
  await share.locator('summary').click();
  const field = share.getByRole('textbox', { name: 'Link to this lab, as it is now' });
  await expect(field).toHaveValue(/#lab=boot\./);
  const link = new URL(await field.inputValue());
  expect(link.pathname).toBe(`${SUBPATH_BASE}boot-process/`);
  await page.goto('about:blank');
  await page.goto(link.href);
  await expect(page.getByRole('region', { name: 'Terminal, esx01' }).first().getByRole('log')).toContainText('# echo under-the-base', { timeout: 15_000 });
  expect(errors).toEqual([]);
});

test('a missing address gets the not-found page, whose link leads to the start page under the base', async ({ page }) => {
  const response = await page.goto(`${SUBPATH_BASE}no-such-chapter/`);
  expect(response!.status()).toBe(404);
  await page.getByRole('link', { name: 'start page' }).click();
  await expect(page).toHaveURL(new RegExp(`${SUBPATH_BASE}$`));
  await expect(page.getByRole('heading', { name: 'Chapters' })).toBeVisible();
});
