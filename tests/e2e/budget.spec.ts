import { expect, test } from '@playwright/test';
import { BUDGETS } from '../../bench/budgets';
import { pageJsBytes, type PageJs } from '../../bench/js-bytes';
import { EXAM_PAGE, pageHtmlGzipBytes } from '../../bench/html-bytes';

// Bytes are stable, so these budgets are tests as well as `npm run bench` figures. They read
// the built dist/ (the same build the web server serves), not the browser.
let pages: PageJs[] | undefined;
const widgetPages = () => (pages ??= pageJsBytes('dist')).filter((page) => page.hasWidgets);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const page = (path: string) => {
  const found = widgetPages().find((p) => p.page === path);
  if (!found) throw new Error(`no widget page ${path} in dist/`);
  return found;
};

test(`every page with widgets ships at most ${kb(BUDGETS.widgetPageGzipBytes)} of gzipped JavaScript at page open`, () => {
  const all = widgetPages();
  expect(all.map((p) => p.page)).toContain('/boot-process/');
  const over = all.filter((p) => p.gzipBytes > BUDGETS.widgetPageGzipBytes).map((p) => `${p.page}: ${p.gzipBytes} bytes`);
  expect(over).toEqual([]);
});

test(`every page with widgets stays within ${kb(BUDGETS.widgetPageLiveGzipBytes)} once all its widgets are live`, () => {
  const over = widgetPages()
    .filter((p) => p.liveGzipBytes > BUDGETS.widgetPageLiveGzipBytes)
    .map((p) => `${p.page} (${[...p.widgetTags, ...p.liveKits].join(' ')}): ${p.liveGzipBytes} bytes`);
  expect(over).toEqual([]);
});

test('lab code is deferred: the boot chapter opens without its widgets\' code, which loads when they go live', () => {
  const boot = page('/boot-process/');
  expect(boot.widgetTags).toContain('esxi-terminal');
  // The terminal's element chunk and the sim it runs on are not fetched at page open...
  expect(boot.files.filter((file) => /terminal-element|\/sim\./.test(file))).toEqual([]);
  expect(boot.liveFiles.some((file) => /terminal-element/.test(file))).toBe(true);
  // ...and they are not small: a lab's code would break the page-open budget if it crept back.
  expect(boot.liveGzipBytes).toBeGreaterThan(boot.gzipBytes + 10 * 1024);
});

test('typed lines fetch each kit\'s commands, with its engine only where the page has not loaded it', () => {
  const boot = page('/boot-process/');
  expect(boot.liveKits).toEqual([]);
  expect(boot.typedLineKits).toEqual(['base', 'network', 'services', 'storage']);
  for (const kit of boot.typedLineKits) expect(boot.typedLineKitGzipBytes[kit], kit).toBeGreaterThan(0);
  expect(boot.typedLineFiles.filter((file) => boot.liveFiles.includes(file))).toEqual([]);
  // A page that loads the network engine live fetches only its commands: less than the boot page does.
  const networking = page('/networking/');
  expect(networking.liveKits).toContain('network');
  expect(networking.typedLineKitGzipBytes.network).toBeLessThan(boot.typedLineKitGzipBytes.network!);
  expect(networking.typedLineFiles.filter((file) => networking.liveFiles.includes(file))).toEqual([]);
});

test(`the practice exam page's HTML stays within ${kb(BUDGETS.examPageHtmlGzipBytes)} gzip, its questions fetched as JSON`, () => {
  const html = pageHtmlGzipBytes('dist', EXAM_PAGE);
  expect(html).toBeLessThanOrEqual(BUDGETS.examPageHtmlGzipBytes);
  // The questions are not in the page: they would be several times the page itself.
  const questions = pageHtmlGzipBytes('dist', '/exam/questions.json');
  expect(questions).toBeGreaterThan(html);
});
