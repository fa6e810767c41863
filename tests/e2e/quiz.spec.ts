import { expect, test } from '@playwright/test';
import { watchErrors } from './helpers';

const quizOf = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Quiz: The boot process' });

test('a checked answer is explained, scored, and still there after a reload', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/boot-process/');
  const quiz = quizOf(page);
  const first = quiz.locator('li.question').first();
  const right = first.locator('li.option[data-correct="true"] input').first();
  await right.check();
  await first.getByRole('button', { name: 'Check answer' }).click();
  await expect(first).toContainText('Correct.');
  await expect(quiz.getByText(/^Score: 1 of \d+$/)).toBeVisible();

  await page.reload();
  await expect(quizOf(page).getByText(/^Score: 1 of \d+$/)).toBeVisible();
  await expect(quizOf(page).locator('li.question').first().locator('li.option[data-correct="true"] input').first()).toBeChecked();
  expect(errors).toEqual([]);
});

test('a wrong answer says so and marks the right one', async ({ page }) => {
  await page.goto('/boot-process/');
  const first = quizOf(page).locator('li.question').first();
  await first.locator('li.option[data-correct="false"] input').first().check();
  await first.getByRole('button', { name: 'Check answer' }).click();
  await expect(first).toContainText('Not quite.');
  await expect(first).toContainText('Right answer, you missed it');
});

test('a corrupt saved value gets a clear notice, is backed up, and the quiz keeps working', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/boot-process/');
  await page.evaluate(() => localStorage.setItem('inside-esxi:progress', '{"version":1,"quizzes":{"boot-process":'));
  await page.reload();
  const quiz = quizOf(page);
  await quiz.scrollIntoViewIfNeeded(); // the quiz's code loads as the reader reaches it
  await expect(quiz.getByRole('status').first()).toContainText(/could not be read|saved progress/i);
  expect(await page.evaluate(() => localStorage.getItem('inside-esxi:progress:backup'))).toContain('"version":1');
  const first = quiz.locator('li.question').first();
  await first.locator('li.option[data-correct="true"] input').first().check();
  await first.getByRole('button', { name: 'Check answer' }).click();
  await expect(first).toContainText('Correct.');
  expect(errors).toEqual([]);
});
