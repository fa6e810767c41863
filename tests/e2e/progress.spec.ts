import { readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchErrors } from './helpers';

/**
 * Issue 12's progress you can see and carry: chapter states in the sidebar and on the home page,
 * the progress page (export, reset, import) and spaced review.
 */

const KEY = 'inside-esxi:progress';
const DAY = 86_400_000;
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const progressOf = (page: Page) => page.getByRole('region', { name: 'Your progress' });
const reviewOf = (page: Page) => page.getByRole('region', { name: 'Spaced review' });
const sidebarLink = (page: Page, name: RegExp) => page.locator('#starlight__sidebar').getByRole('link', { name });

/** Answers a quiz question on the page, right or wrong. */
async function answerQuiz(question: Locator, right: boolean) {
  await question.locator(`li.option[data-correct="${right}"] input`).first().check();
  await question.getByRole('button', { name: 'Check answer' }).click();
  await expect(question).toContainText(right ? 'Correct.' : 'Not quite.');
}

/** A stored value with a few answers, a finished scenario and an exam result, as a reader might have. */
function someProgress(now: number) {
  return {
    version: 4,
    quizzes: { networking: { answers: { 'vlan-4095': { chosen: [2], correct: true, checkedAt: now - DAY }, 'vlan-0': { chosen: [0], correct: false, checkedAt: now - DAY } } } },
    scenarios: { 'lbt-spread': { completed: true, completedAt: now - DAY } },
    review: {
      'networking/vlan-4095': { history: [{ at: now - DAY, correct: true }], box: 1, due: now },
      'networking/vlan-0': { history: [{ at: now - DAY, correct: false }], box: 1, due: now - DAY },
    },
    exam: { results: [{ finishedAt: now - DAY, correct: 20, total: 28, timedOut: false }] },
  };
}

test('the sidebar and the home page show a chapter\'s quiz score and scenarios after answering its quiz', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/networking/');
  await expect(sidebarLink(page, /^Networking/)).toHaveAccessibleName(/^Networking\s*, not started$/i);
  const quiz = page.getByRole('region', { name: 'Quiz: Networking' });
  await quiz.scrollIntoViewIfNeeded();
  await answerQuiz(quiz.locator('li.question').nth(0), true);
  await answerQuiz(quiz.locator('li.question').nth(1), false);
  // The sidebar follows at once, in text (not colour alone) and in the link's name for screen readers.
  const link = sidebarLink(page, /^Networking/);
  await expect(link).toContainText(/Quiz 1\/\d+ · 0 of 4 scenarios/);
  await expect(link).toHaveAccessibleName(/^Networking\s*, quiz 1 of \d+ right, 0 of 4 scenarios done$/);
  // Other chapters are untouched.
  await expect(sidebarLink(page, /^The boot process/)).toContainText('Not started');

  await page.goto('/');
  await expect(page.locator('li[data-progress-chapter="networking"]')).toContainText(/Quiz 1\/\d+ · 0 of 4 scenarios/);
  expect(errors).toEqual([]);
});

test('the sidebar does not move when the chapter states arrive: their line is reserved', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const link = sidebarLink(page, /^Networking/);
  // First without the states (their code never arrives): the reserved line alone.
  await page.route(/annotate\.[\w-]+\.js$/, (route) => route.abort());
  await page.goto('/boot-process/');
  await page.waitForLoadState('load');
  await expect(link).not.toContainText('Not started');
  const reserved = await link.boundingBox();
  await page.unrouteAll();
  await page.reload();
  await expect(link).toContainText('Not started');
  expect(await link.boundingBox()).toEqual(reserved);
});

test('export, reset (after confirming) and import bring everything back', async ({ page }, testInfo) => {
  const errors = watchErrors(page);
  const now = Date.now();
  await page.goto('/progress/');
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, JSON.stringify(someProgress(now))]);
  await page.reload();
  const region = progressOf(page);
  const chapters = region.getByRole('table', { name: 'By chapter' });
  await expect(chapters.getByRole('row', { name: /^Networking/ })).toContainText('1 of');
  await expect(chapters.getByRole('row', { name: /^Networking/ })).toContainText('2 answered');
  await expect(chapters.getByRole('row', { name: /^Networking/ })).toContainText('1 of 4');
  const before = JSON.parse((await stored(page))!);

  const download = page.waitForEvent('download');
  await region.getByRole('button', { name: 'Download progress (JSON)' }).click();
  const file = await download;
  const date = new Date();
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  expect(file.suggestedFilename()).toBe(`inside-esxi-progress-${day}.json`);
  const path = testInfo.outputPath('progress.json');
  await file.saveAs(path);
  expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(before);

  // Reset asks first; cancelling (Escape) changes nothing.
  await region.getByRole('button', { name: 'Reset all progress…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset all progress?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(region.getByRole('status').filter({ hasText: 'Nothing was reset.' })).toBeVisible();
  expect(JSON.parse((await stored(page))!)).toEqual(before);

  await region.getByRole('button', { name: 'Reset all progress…' }).click();
  await dialog.getByRole('button', { name: 'Reset everything' }).click();
  await expect(region.getByText('All your progress in this browser was reset.')).toBeVisible();
  await expect(region.getByRole('button', { name: 'Reset all progress…' })).toBeFocused();
  expect(JSON.parse((await stored(page))!)).toEqual({ version: 4, quizzes: {}, scenarios: {}, review: {} });
  await expect(chapters.getByRole('row', { name: /^Networking/ })).toContainText('Not tried');

  await region.getByLabel('Import progress from a file').setInputFiles(path);
  await expect(region.getByText(/^Imported and merged: you now have 2 answered questions and 1 finished scenario/)).toBeVisible();
  expect(JSON.parse((await stored(page))!)).toEqual(before);
  await expect(chapters.getByRole('row', { name: /^Networking/ })).toContainText('2 answered');
  await page.reload();
  expect(JSON.parse((await stored(page))!)).toEqual(before);
  expect(errors).toEqual([]);
});

test('an import adds to what is here and loses none of it', async ({ page }, testInfo) => {
  const now = Date.now();
  await page.goto('/progress/');
  const here = { version: 4, quizzes: {}, scenarios: { 'boot-rollback': { completed: true, completedAt: now } }, review: {} };
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, JSON.stringify(here)]);
  await page.reload();
  const path = testInfo.outputPath('other.json');
  writeFileSync(path, JSON.stringify(someProgress(now)));
  await progressOf(page).getByLabel('Import progress from a file').setInputFiles(path);
  await expect(progressOf(page).getByText(/and 2 finished scenarios/)).toBeVisible();
  const merged = JSON.parse((await stored(page))!);
  expect(Object.keys(merged.scenarios).sort()).toEqual(['boot-rollback', 'lbt-spread']);
  await expect(progressOf(page).locator('li[data-scenario="boot-rollback"]')).toContainText('Done');
});

test('a malformed import file changes nothing and says why', async ({ page }, testInfo) => {
  const errors = watchErrors(page);
  const now = Date.now();
  await page.goto('/progress/');
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, JSON.stringify(someProgress(now))]);
  await page.reload();
  const before = await stored(page);
  const input = progressOf(page).getByLabel('Import progress from a file');
  const files: [string, string | Buffer, RegExp][] = [
    ['notes.json', 'this is not { json', /not JSON/],
    ['shape.json', JSON.stringify({ chapters: ['networking'], score: 12 }), /not a progress file from this site/],
    ['newer.json', JSON.stringify({ version: 99, quizzes: {} }), /newer version of this site/],
    ['damaged.json', JSON.stringify({ ...someProgress(now), scenarios: { 'lbt-spread': { completed: 'yes' } } }), /does not read as progress \(scenarios\.lbt-spread/],
    ['huge.json', Buffer.alloc(2 * 1024 * 1024, 32), /larger than 1 MB/],
  ];
  for (const [name, content, reason] of files) {
    const path = testInfo.outputPath(name);
    writeFileSync(path, content);
    await input.setInputFiles(path);
    const message = progressOf(page).getByText(/^Nothing was imported, and your progress is as it was/);
    await expect(message).toContainText(reason);
    expect(await stored(page), name).toBe(before);
  }
  expect(errors).toEqual([]);
});

test('spaced review shows a missed question and moves it up a box after a right answer', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/networking/');
  const quiz = page.getByRole('region', { name: 'Quiz: Networking' });
  await quiz.scrollIntoViewIfNeeded();
  const missed = quiz.locator('li.question').nth(1);
  const prompt = (await missed.locator('.prompt').textContent())!;
  await answerQuiz(missed, false);

  await page.goto('/review/');
  const review = reviewOf(page);
  await expect(review.getByText('1 question is due for review.')).toBeVisible();
  const question = review.locator('li.question');
  await expect(question.locator('.prompt')).toHaveText(prompt);
  // The same markup and the same dealt order as the chapter's quiz.
  await question.locator('li.option[data-correct="true"] input').first().check();
  await review.getByRole('button', { name: 'Check answer' }).click();
  await expect(question).toContainText('Correct.');
  await expect(question).toContainText(/moves to box 2 of 5: next review on/);
  const record = JSON.parse((await stored(page))!).review[`networking/${await question.getAttribute('data-question').then((key) => key!.split('/')[1])}`];
  expect(record.box).toBe(2);
  expect(record.due).toBeGreaterThan(Date.now() + DAY);
  await review.getByRole('button', { name: 'Finish this round' }).click();
  await expect(review.getByText(/^Round done: 1 of 1 right\. Nothing due — next review on /)).toBeFocused();

  await page.reload();
  await expect(review.getByText(/^Nothing due — next review on /)).toBeVisible();
  expect(errors).toEqual([]);
});

test('spaced review says when the questions cannot be fetched, and a retry recovers', async ({ page }) => {
  await page.goto('/review/');
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, JSON.stringify(someProgress(Date.now()))]);
  let fail = true;
  await page.route('**/exam/questions.json', (route) => (fail ? route.abort() : route.continue()));
  await page.reload();
  const review = reviewOf(page);
  await expect(review.getByText(/^The questions could not be loaded/)).toBeVisible();
  fail = false;
  await review.getByRole('button', { name: 'Try loading the questions again' }).click();
  await expect(review.getByText('2 questions are due for review.')).toBeVisible();
});

test('with nothing answered, spaced review says there is nothing to review yet', async ({ page }) => {
  await page.goto('/review/');
  await expect(reviewOf(page).getByText(/^Nothing to review yet/)).toBeVisible();
});

const scan = async (page: Page) => (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the progress page in the ${scheme} theme, nor in its reset dialog`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/progress/');
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, JSON.stringify(someProgress(Date.now()))]);
    await page.reload();
    await expect(progressOf(page).getByRole('button', { name: 'Download progress (JSON)' })).toBeEnabled();
    await expect(sidebarLink(page, /^Networking/)).toContainText('Quiz');
    expect(await scan(page)).toEqual([]);
    await progressOf(page).getByRole('button', { name: 'Reset all progress…' }).click();
    expect(await scan(page)).toEqual([]);
  });

  test(`axe finds nothing on the review page in the ${scheme} theme, before and after an answer`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/review/');
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, JSON.stringify(someProgress(Date.now()))]);
    await page.reload();
    await expect(reviewOf(page).getByRole('button', { name: 'Check answer' })).toBeVisible();
    expect(await scan(page)).toEqual([]);
    await reviewOf(page).locator('li.option input').first().check();
    await reviewOf(page).getByRole('button', { name: 'Check answer' }).click();
    expect(await scan(page)).toEqual([]);
  });
}

test('at 360 px wide neither page scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const noSideways = async () => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.goto('/progress/');
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, JSON.stringify(someProgress(Date.now()))]);
  await page.reload();
  await expect(progressOf(page).getByRole('button', { name: 'Download progress (JSON)' })).toBeEnabled();
  await noSideways();
  await page.goto('/review/');
  await expect(reviewOf(page).getByRole('button', { name: 'Check answer' })).toBeVisible();
  await noSideways();
});
