import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, watchCspViolations, watchErrors } from './helpers';

/**
 * The Content-Security-Policy (src/site/csp.mjs). Every page's own check, loaded with every
 * widget live, is part of the single pass in accessibility.spec.ts; here: the policy is in every
 * built page, and the parts that fetch code or data after load (search, a typed line's commands)
 * run under it.
 */
const pages = builtPages();
const htmlOf = (path: string) => readFileSync(join('dist', path.endsWith('/') ? `${path}index.html` : path), 'utf8');
const policyOf = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];

test('every built page has the policy before its first script, with no unsafe-inline or eval for scripts', () => {
  expect(pages.length).toBeGreaterThan(100);
  for (const path of pages) {
    const html = htmlOf(path);
    const policy = policyOf(html);
    expect(policy, path).toBeDefined();
    const firstScript = html.indexOf('<script');
    if (firstScript >= 0) expect(html.indexOf('Content-Security-Policy'), path).toBeLessThan(firstScript);
    const scripts = policy!.split('; ').find((directive) => directive.startsWith('script-src '))!;
    expect(scripts, path).toMatch(/^script-src 'self' /);
    expect(scripts, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(policy, path).toContain("connect-src 'self'");
  }
});

test('search finds a chapter under the policy', async ({ page }) => {
  const errors = watchErrors(page);
  const violations = await watchCspViolations(page);
  await page.goto('/boot-process/');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' }).fill('bootbank');
  await expect(page.locator('#starlight__search a[href*="/boot-process/"]').first()).toBeVisible();
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
});

test('a line typed in a chapter terminal runs under the policy, fetching the commands it needs', async ({ page }) => {
  const errors = watchErrors(page);
  const violations = await watchCspViolations(page);
  await page.goto('/boot-process/');
  const terminal = page.getByRole('region', { name: /^Terminal, esx01/ }).first();
  const input = terminal.getByRole('textbox', { name: 'Command' });
  await terminal.scrollIntoViewIfNeeded();
  await input.fill('esxcfg-nics -l');
  await input.press('Enter');
  await expect(terminal).toContainText('vmnic0');
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
});
