import AxeBuilder from '@axe-core/playwright';
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

/** Each question's option texts, in the order shown. */
const shownOrder = (quiz: import('@playwright/test').Locator) =>
  quiz.locator('li.question').evaluateAll((questions) => questions.map((question) => [...question.querySelectorAll('li.option label')].map((label) => label.textContent!.trim())));

/** Waits until the quiz has dealt the reader's order (its code is live), then reads it. */
async function dealtOrder(page: import('@playwright/test').Page) {
  const quiz = quizOf(page);
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.getByRole('button', { name: 'Reset quiz' })).toBeVisible();
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('inside-esxi:progress') ?? '{}').quizzes?.['boot-process']?.seed !== undefined);
  return shownOrder(quiz);
}

test('two readers see the options in different orders; a reload keeps a reader\'s order, and a reset deals a new one', async ({ browser }) => {
  const first = await browser.newContext();
  const second = await browser.newContext();
  const one = await first.newPage();
  const two = await second.newPage();
  await one.goto('/boot-process/');
  await two.goto('/boot-process/');
  const mine = await dealtOrder(one);
  const theirs = await dealtOrder(two);
  // Same questions, same options, another order.
  expect(theirs.map((options) => [...options].sort())).toEqual(mine.map((options) => [...options].sort()));
  expect(theirs).not.toEqual(mine);
  // The right answer is not simply first everywhere.
  const rightFirst = await quizOf(one).locator('li.question').evaluateAll((questions) => questions.filter((q) => q.querySelector('li.option')?.getAttribute('data-correct') === 'true').length);
  expect(rightFirst).toBeLessThan(mine.length);

  // An answer, then a reload: same order, the answer still on the option chosen.
  const question = quizOf(one).locator('li.question').first();
  const right = question.locator('li.option[data-correct="true"]').first();
  const rightText = (await right.locator('label').textContent())!.trim();
  await right.locator('input').check();
  await question.getByRole('button', { name: 'Check answer' }).click();
  await one.reload();
  expect(await dealtOrder(one)).toEqual(mine);
  await expect(quizOf(one).locator('li.question').first().getByLabel(rightText, { exact: true })).toBeChecked();

  await quizOf(one).getByRole('button', { name: 'Reset quiz' }).click();
  await expect(quizOf(one).getByText(/^Score: 0 of \d+$/)).toBeVisible();
  expect(await shownOrder(quizOf(one))).not.toEqual(mine);
  await first.close();
  await second.close();
});

test('options are reached with the arrow keys in the order shown, each explanation under its option', async ({ page }) => {
  await page.goto('/boot-process/');
  const order = await dealtOrder(page);
  const question = quizOf(page).locator('li.question').first();
  await question.locator('input').first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(question.getByLabel(order[0]![1]!, { exact: true })).toBeChecked();
  await page.keyboard.press('Space');
  await question.getByRole('button', { name: 'Check answer' }).click();
  // Each option's explanation is inside the option it explains.
  const explained = await question.locator('li.option').evaluateAll((options) =>
    options.every((option) => option.querySelector('details.explanation') !== null && option.querySelector('input') !== null),
  );
  expect(explained).toBe(true);
  const violations = (await new AxeBuilder({ page }).include('esxi-quiz').analyze()).violations.map((violation) => violation.id);
  expect(violations).toEqual([]);
});
