import { expect, test } from '@playwright/test';
import { pageJsBytes } from '../../bench/js-bytes';

// Bytes are stable, so this budget is a test as well as a `npm run bench` figure.
const CHAPTER_BUDGET_BYTES = 40 * 1024;

test('every page with widgets ships at most 40 KB of gzipped JavaScript', () => {
  const pages = pageJsBytes('dist');
  const widgetPages = pages.filter((page) => page.hasWidgets);
  expect(widgetPages.map((page) => page.page)).toContain('/boot-process/');
  const over = widgetPages.filter((page) => page.gzipBytes > CHAPTER_BUDGET_BYTES).map((page) => `${page.page}: ${page.gzipBytes} bytes`);
  expect(over).toEqual([]);
});
