import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';

interface TimelineEvent { year: number; title: string }
const timeline = parse(readFileSync('content/data/timeline.yaml', 'utf8')) as TimelineEvent[];

const timelineOf = (page: Page) => page.getByRole('region', { name: "Timeline: VMware's history" });

test.describe('timeline', () => {
  test('lists every event of timeline.yaml in order, as an ordered list', async ({ page }) => {
    await page.goto('/virtualization-basics/');
    const items = timelineOf(page).getByRole('list').getByRole('listitem');
    await expect(items).toHaveCount(timeline.length);
    for (const [index, event] of timeline.entries()) {
      await expect(items.nth(index)).toContainText(String(event.year));
      await expect(items.nth(index)).toContainText(event.title);
    }
    expect(await timelineOf(page).locator('ol').count()).toBe(1);
  });
});
