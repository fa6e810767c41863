import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Locator, Page } from '@playwright/test';

/** Every page of the built site, as URL paths (so a new chapter is scanned without editing tests). */
export function builtPages(dist = 'dist'): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(path);
      } else if (name.endsWith('.html')) {
        const rel = relative(dist, path).replaceAll('\\', '/');
        pages.push(rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);
      }
    }
  };
  walk(dist);
  return pages.sort();
}

/**
 * The pages a browser test visits: every page but the per-preset embed pages of lab widgets, of which one per
 * widget and one per preset are enough (they share their markup; every lab host is whole, so
 * there are about 180 of them and a scan of each would take ten minutes).
 */
export function samplePages(all: readonly string[]): string[] {
  const labEmbed = /^\/embed\/(?!scenario\/|quiz\/)([\w-]+)\/([\w-]+)\/$/;
  const seenWidgets = new Set<string>();
  const seenPresets = new Set<string>();
  return all.filter((path) => {
    const match = labEmbed.exec(path);
    if (!match) return true;
    const [, widget, preset] = match as unknown as [string, string, string];
    const fresh = !seenWidgets.has(widget) || !seenPresets.has(preset);
    seenWidgets.add(widget);
    seenPresets.add(preset);
    return fresh;
  });
}

/** Collects console errors and uncaught exceptions: a page that works prints none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/**
 * Collects every refusal of the page's Content-Security-Policy, from its first byte on, as the
 * page reports it (a `securitypolicyviolation` event, passed out as it happens, so reading the
 * list never waits on a busy page). Call before `goto`.
 */
export async function watchCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(`${event.effectiveDirective} refused ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return violations;
}

/** Fails the test if the page tried to reach any other host. */
export function watchForeignRequests(page: Page): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:' && url.protocol !== 'blob:') foreign.push(request.url());
  });
  return foreign;
}

/**
 * Scrolls a widget into view, as a reader reaching it does: a lab's code loads only as a widget
 * nears the viewport (or on a key press), so until then its controls are still disabled.
 */
/** Types a line into a terminal widget's command box and runs it. */
export async function typeLine(terminal: Locator, line: string): Promise<void> {
  const input = terminal.getByRole('textbox', { name: 'Command' });
  await input.fill(line);
  await input.press('Enter');
}

export async function reach(widget: Locator): Promise<void> {
  await widget.scrollIntoViewIfNeeded();
}

/**
 * Wakes every widget on the page the way a keyboard reader does (any key press), then waits
 * until each lab widget's controls are enabled, i.e. its code has loaded and it is live.
 */
export async function wakeLabs(page: Page): Promise<void> {
  await page.keyboard.press('Shift');
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[lab], esxi-quiz, esxi-exam')]
      .filter((element) => element.localName.startsWith('esxi-'))
      .every((element) => customElements.get(element.localName) !== undefined),
  );
}
