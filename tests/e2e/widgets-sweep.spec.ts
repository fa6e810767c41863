import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { WIDGETS } from '../../src/widgets/manifest';
import { TIME_TEXT } from '../../src/widgets/shared/time-strings';
import { builtPages, wakeLabs, watchErrors } from './helpers';
import { auditPage, type AuditInput } from './sweep-audit';

/**
 * Every widget on every chapter page, at a laptop's width and a phone's, in both themes, with
 * every widget live: the page never scrolls sideways, no control is under WCAG 2.2's 24×24 px
 * target (prose links excepted), on the touch run no input's text is under 16 px (iOS zooms the
 * page into smaller ones), and axe finds nothing. One page load per chapter, width and theme.
 *
 * Each run also writes a screenshot of every widget into SCREENSHOTS (not committed; README,
 * "Screenshots of every widget"), so a reviewer can look at all of them at once.
 */
export const SCREENSHOTS = 'screenshots/widgets';

const TARGET_PX = 24;
const INPUT_FONT_PX = 16;

const widgets = WIDGETS.map(({ tag, slug }) => ({ tag, slug }));

/** The chapter pages (not the per-widget embed pages) whose built HTML holds any widget of the manifest. */
function chapterPages(): string[] {
  return builtPages()
    .filter((path) => !path.startsWith('/embed/') && path.endsWith('/'))
    .filter((path) => {
      const html = readFileSync(join('dist', path, 'index.html'), 'utf8');
      return widgets.some(({ tag }) => html.includes(`<${tag}`));
    });
}

const VIEWPORTS = [
  { name: '1280', viewport: { width: 1280, height: 800 }, touch: false },
  { name: '360', viewport: { width: 360, height: 740 }, touch: true },
] as const;
const THEMES = ['light', 'dark'] as const;
const pages = chapterPages();

test('the sweep finds the chapters and their widgets in the build', () => {
  expect(pages).toContain('/boot-process/');
  expect(pages).toContain('/networking/');
  expect(pages.length).toBeGreaterThanOrEqual(6);
});

/** Starlight reads the theme from localStorage before the first paint (as theme.spec.ts relies on). */
async function useTheme(page: Page, theme: (typeof THEMES)[number]) {
  await page.emulateMedia({ colorScheme: theme });
  await page.addInitScript((chosen) => localStorage.setItem('starlight-theme', chosen), theme);
}

/** "Terminal, esx01 (lab boot)"-style lines for axe's findings, with the node it flagged. */
async function axeFindings(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.flatMap((violation) =>
    violation.nodes.slice(0, 5).map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')}: ${node.failureSummary?.split('\n')[1]?.trim() ?? violation.help}`),
  );
}

/**
 * Presses each lab's Pause (a reader's way to stop its clock): live charts redrawing a few times a
 * second slow axe down on a busy machine and change under the camera; nothing measured here needs
 * time to pass.
 */
async function pauseLabs(page: Page) {
  await page.evaluate((pause) => {
    for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-time="toggle"]')) {
      if (!button.disabled && button.textContent?.trim() === pause) button.click();
    }
  }, TIME_TEXT.pause);
  await expect(page.locator('button[data-time="toggle"]', { hasText: TIME_TEXT.pause })).toHaveCount(0);
}

/** Starlight's fixed and sticky bars (header, phone menu button, phone "On this page"): hidden while shooting, so none covers a widget. */
const HIDE_CHROME = '.header, .sl-menu-button, .sl-menu-button *, mobile-starlight-toc, mobile-starlight-toc * { visibility: hidden !important; }';

/** A picture of each widget on the page, named by page, widget, place, theme and width. */
async function screenshotWidgets(page: Page, path: string, suffix: string) {
  const folder = join(SCREENSHOTS, path.replaceAll('/', '') || 'home');
  mkdirSync(folder, { recursive: true });
  for (const name of readdirSync(folder).filter((file) => file.endsWith(`-${suffix}.png`))) rmSync(join(folder, name));
  // A custom element left inline has no box of its own: then its first child, the widget's frame, is shot.
  const shots = await page.evaluate((list) =>
    list.flatMap(({ tag, slug }) =>
      [...document.querySelectorAll(tag)].map((node, index) => ({
        tag,
        slug,
        index,
        frame: getComputedStyle(node).display === 'inline' && node.firstElementChild !== null && getComputedStyle(node.firstElementChild).display !== 'inline',
      })),
    ), widgets);
  for (const { tag, slug, index, frame } of shots) {
    const element = page.locator(tag).nth(index);
    const target = frame ? element.locator(':scope > *').first() : element;
    await target.screenshot({ path: join(folder, `${slug}-${index + 1}-${suffix}.png`), animations: 'disabled', caret: 'hide', style: HIDE_CHROME });
  }
}

for (const { name: width, viewport, touch } of VIEWPORTS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport, hasTouch: touch, isMobile: touch });
    for (const theme of THEMES) {
      for (const path of pages) {
        test(`${path} in the ${theme} theme at ${width} px: no sideways scroll, targets of 24 px, ${touch ? 'inputs of 16 px, ' : ''}axe clean, every widget live`, async ({ page }) => {
          // A dozen live widgets, axe and some fifty pictures take a minute or two on a busy 2-core machine.
          test.setTimeout(240_000);
          const errors = watchErrors(page);
          await test.step('open the page in its theme and wake every widget', async () => {
            await useTheme(page, theme);
            await page.goto(path);
            await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
            await wakeLabs(page);
            await page.waitForLoadState('networkidle');
            await pauseLabs(page);
          });
          await test.step('measure the page, its controls and its inputs', async () => {
            const input: AuditInput = { widgets, touch, minTarget: TARGET_PX, minInputFont: INPUT_FONT_PX };
            const found = await page.evaluate(auditPage, input);
            expect.soft(found.sideways, `${path} scrolls sideways at ${width} px (${theme})`).toEqual([]);
            expect.soft(found.smallTargets, `controls under ${TARGET_PX}×${TARGET_PX} px on ${path} at ${width} px (${theme})`).toEqual([]);
            expect.soft(found.smallInputs, `inputs under ${INPUT_FONT_PX} px on ${path} at ${width} px (${theme}, touch)`).toEqual([]);
          });
          // accessibility.spec.ts already runs axe on every chapter at 1280 px in the light theme with every widget live.
          if (width !== '1280' || theme !== 'light') {
            await test.step('axe', async () => {
              expect.soft(await axeFindings(page), `axe on ${path} at ${width} px (${theme}), every widget live`).toEqual([]);
            });
          }
          await test.step('a picture of every widget', () => screenshotWidgets(page, path, `${theme}-${width}`));
          expect(errors).toEqual([]);
        });
      }
    }
  });
}
