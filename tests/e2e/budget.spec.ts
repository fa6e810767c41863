import { expect, test } from '@playwright/test';
import { BUDGETS } from '../../bench/budgets';
import { pageJsBytes } from '../../bench/js-bytes';

// Bytes are stable, so these budgets are tests as well as `npm run bench` figures.
const widgetPages = () => pageJsBytes('dist').filter((page) => page.hasWidgets);

test('every page with widgets ships at most 40 KB of gzipped JavaScript at page open', () => {
  const pages = widgetPages();
  expect(pages.map((page) => page.page)).toContain('/boot-process/');
  const over = pages.filter((page) => page.gzipBytes > BUDGETS.widgetPageGzipBytes).map((page) => `${page.page}: ${page.gzipBytes} bytes`);
  expect(over).toEqual([]);
});

test('every page with widgets stays within 64 KB once all its widgets are live', () => {
  const pages = widgetPages();
  const over = pages.filter((page) => page.liveGzipBytes > BUDGETS.widgetPageLiveGzipBytes).map((page) => `${page.page}: ${page.liveGzipBytes} bytes`);
  expect(over).toEqual([]);
  // The lab runtimes really are deferred: a chapter's live figure includes code its page open does not.
  const boot = pages.find((page) => page.page === '/boot-process/')!;
  expect(boot.liveGzipBytes).toBeGreaterThan(boot.gzipBytes + 10 * 1024);
});
