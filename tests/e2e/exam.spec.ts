import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchErrors } from './helpers';

const examOf = (page: Page) => page.getByRole('region', { name: 'Practice exam' });
const questionsOf = (exam: Locator) => exam.getByRole('list', { name: 'Questions' }).locator('> li');
const clockOf = (exam: Locator) => exam.getByRole('timer', { name: 'Time left' });

/** "mm:ss" -> seconds. */
const seconds = (clock: string) => {
  const [minutes, secs] = clock.split(':').map(Number);
  return minutes! * 60 + secs!;
};

async function start(page: Page, length: RegExp = /^10 questions/) {
  const exam = examOf(page);
  await exam.getByRole('radio', { name: length }).check();
  await exam.getByRole('button', { name: 'Start exam' }).click();
  // Every question of the banks takes a moment to build on a busy machine.
  await expect(clockOf(exam)).toBeVisible({ timeout: 15_000 });
  return exam;
}

/** Answers a question rightly (every right option) or wrongly (one wrong option). */
async function answer(question: Locator, right: boolean) {
  const options = question.locator(`li.option[data-correct="${right}"] input`);
  const count = right ? await options.count() : 1;
  for (let i = 0; i < count; i++) await options.nth(i).check();
}

const prompts = (exam: Locator) => questionsOf(exam).locator('.prompt').allTextContents();

test('a reader takes a 10-question exam, submits with one unanswered, and gets the score and every explanation', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/exam/');
  const exam = await start(page);
  expect(seconds((await clockOf(exam).textContent())!)).toBeGreaterThan(9 * 60 + 50);
  const questions = questionsOf(exam);
  await expect(questions).toHaveCount(10);
  // No feedback while the exam runs: no marks, no explanations.
  await expect(exam.getByText('Explanation').filter({ visible: true })).toHaveCount(0);

  // 7 right, 2 wrong, the last left unanswered.
  for (let i = 0; i < 9; i++) await answer(questions.nth(i), i < 7);
  await expect(exam.getByText('Answered 9 of 10')).toBeVisible();
  await expect(exam.locator('[data-state="correct"], [data-state="wrong"]')).toHaveCount(0);

  await exam.getByRole('button', { name: 'Submit exam' }).click();
  await expect(exam.getByText('1 question is not answered.', { exact: false })).toBeFocused();
  await exam.getByRole('button', { name: 'Keep answering' }).click();
  await expect(questions.nth(9).locator('input').first()).toBeFocused();
  await exam.getByRole('button', { name: 'Submit exam' }).click();
  await exam.getByRole('button', { name: 'Submit anyway' }).click();

  await expect(exam.getByRole('heading', { name: 'Your result' })).toBeFocused();
  await expect(exam.getByText('Score: 7 of 10 (70%)')).toBeVisible();
  await expect(exam.getByText('Scaled score: 350 of 500. That is at or above the pass line of 300: a pass.')).toBeVisible();
  await expect(exam.getByText('You answered 9 of 10 questions.')).toBeVisible();
  // The breakdown per chapter adds up to the questions asked, and more than one chapter is in it.
  const chapterRows = exam.getByRole('table', { name: 'By chapter' }).locator('tbody tr');
  expect(await chapterRows.count()).toBeGreaterThan(1);
  const totals = await chapterRows.locator('td:nth-child(3)').allTextContents();
  expect(totals.map(Number).reduce((a, b) => a + b, 0)).toBe(10);
  await expect(exam.getByRole('table', { name: 'By objective' }).locator('tbody tr').first()).toBeVisible();

  // Every question is explained: the reader's answer, the right one, every option's explanation.
  await expect(exam.locator('[data-state="correct"]')).toHaveCount(7);
  await expect(exam.locator('[data-state="wrong"]')).toHaveCount(3);
  await expect(questions.nth(9)).toContainText('Not answered. The right answer is marked.');
  await expect(questions.nth(7)).toContainText('Not right, you chose it');
  await expect(questions.nth(7)).toContainText(/Right answer, you missed it/);
  const options = await questions.locator('li.option').count();
  await expect(questions.locator('details.explanation[open]')).toHaveCount(options);
  await expect(questions.first()).toContainText('Right answer.');
  for (const input of await questions.locator('input').all()) await expect(input).toBeDisabled();

  // The result is kept, and a new exam can start.
  await expect(exam.getByRole('heading', { name: 'Your last results' })).toBeVisible();
  await expect(exam.getByRole('listitem').filter({ hasText: /: 7 of 10 \(70%\)$/ })).toHaveCount(1);
  await exam.getByRole('button', { name: 'Start a new exam' }).first().click();
  await expect(exam.getByRole('button', { name: 'Start exam' })).toBeFocused();
  expect(errors).toEqual([]);
});

test('a reload mid-exam resumes the same questions and answers with less time', async ({ page }) => {
  await page.clock.install();
  await page.goto('/exam/');
  const exam = await start(page);
  const asked = await prompts(exam);
  await answer(questionsOf(exam).nth(0), true);
  await answer(questionsOf(exam).nth(3), false);
  await page.clock.fastForward('02:30');
  const before = seconds((await clockOf(exam).textContent())!);
  expect(before).toBeLessThanOrEqual(7 * 60 + 30);

  await page.reload();
  const again = examOf(page);
  await expect(clockOf(again)).toBeVisible();
  expect(await prompts(again)).toEqual(asked);
  await expect(again.getByText('Answered 2 of 10')).toBeVisible();
  await expect(questionsOf(again).nth(0).locator('li.option[data-correct="true"] input').first()).toBeChecked();
  await page.clock.fastForward('00:30');
  const after = seconds((await clockOf(again).textContent())!);
  expect(after).toBeLessThan(before);
  expect(after).toBeGreaterThan(6 * 60);
});

test('when time runs out the exam is submitted by itself, and a screen reader hears the time at 5 and 1 minutes', async ({ page }) => {
  await page.clock.install();
  await page.goto('/exam/');
  const exam = await start(page);
  await answer(questionsOf(exam).nth(0), true);
  const announcer = exam.locator('[data-announce]');
  await expect(announcer).toHaveText(/^Exam started: 10 questions, 10 minutes/);
  await page.clock.fastForward('05:01');
  await expect(announcer).toHaveText('5 minutes left.');
  await expect(clockOf(exam)).toHaveText(/^0[45]:\d\d$/);
  await page.clock.fastForward('04:00');
  await expect(announcer).toHaveText('1 minute left.');
  await page.clock.fastForward('01:05');
  await expect(announcer).toHaveText(/^Time is up\./);
  await expect(exam.getByText('Score: 1 of 10 (10%)')).toBeVisible();
  // Said once to screen readers (the live region) and shown under the score.
  await expect(exam.locator('p:not(.sr-only)', { hasText: /^Time is up\. Your exam was submitted/ })).toBeVisible();
  await expect(exam.getByRole('listitem').filter({ hasText: /1 of 10 \(10%\), time ran out$/ })).toHaveCount(1);
});

test('an exam whose time ran out while the reader was away is submitted on return', async ({ page }) => {
  await page.clock.install();
  await page.goto('/exam/');
  await start(page);
  await page.goto('/boot-process/');
  await page.clock.fastForward('11:00');
  await page.goto('/exam/');
  const exam = examOf(page);
  await expect(exam.locator('p:not(.sr-only)', { hasText: /^Time ran out while you were away/ })).toBeVisible();
  await expect(exam.getByText('Score: 0 of 10 (0%)')).toBeVisible();
});

test('a malformed saved attempt gets a message, quiz answers are kept, and a new exam starts', async ({ page }) => {
  const errors = watchErrors(page);
  // Written from a page without the exam, as an older visit or another tool would leave it.
  await page.goto('/');
  await page.evaluate(() =>
    localStorage.setItem(
      'inside-esxi:progress',
      JSON.stringify({
        version: 2,
        quizzes: { 'boot-process': { answers: { 'which-bank-boots': { chosen: [0], correct: true } } } },
        scenarios: {},
        exam: { attempt: { seed: 'x', questions: 'all', deadline: -1 }, results: [] },
      }),
    ),
  );
  await page.goto('/exam/');
  const exam = examOf(page);
  await expect(exam.getByRole('status').filter({ hasText: 'Your saved practice exam could not be read' })).toBeVisible();
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('inside-esxi:progress')!));
  expect(saved.quizzes['boot-process'].answers['which-bank-boots'].chosen).toEqual([0]);
  expect(saved.exam).toBeUndefined();
  expect(await page.evaluate(() => localStorage.getItem('inside-esxi:progress:backup'))).toContain('"questions":"all"');
  await start(page);
  await expect(questionsOf(exam)).toHaveCount(10);
  expect(errors).toEqual([]);
});

test('the exam works with the keyboard alone', async ({ page }) => {
  await page.goto('/exam/');
  const exam = examOf(page);
  // Live (its code and its questions loaded): until then the page loader holds keys for the widget.
  await expect(exam.getByRole('button', { name: 'Start exam' })).toBeEnabled();
  await exam.getByRole('radio', { name: /^10 questions/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(exam.getByRole('radio', { name: /^25 questions/ })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(exam.getByRole('button', { name: 'Start exam' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(questionsOf(exam)).toHaveCount(25);
  await expect(questionsOf(exam).first().locator('input').first()).toBeFocused();
  await page.keyboard.press('Space');
  await expect(exam.getByText('Answered 1 of 25')).toBeVisible();
  await exam.getByRole('button', { name: 'Submit exam' }).focus();
  await page.keyboard.press('Enter');
  await expect(exam.getByRole('button', { name: 'Submit anyway' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(exam.getByRole('button', { name: 'Submit anyway' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(exam.getByRole('heading', { name: 'Your result' })).toBeFocused();
  await expect(exam.getByText(/^Score: [01] of 25/)).toBeVisible();
});

test('at 360 px wide nothing scrolls sideways, before, during and after an exam', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/exam/');
  const noSideways = async () => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await noSideways();
  const exam = await start(page, /^Every question/);
  await noSideways();
  await exam.getByRole('button', { name: 'Submit exam' }).click();
  await exam.getByRole('button', { name: 'Submit anyway' }).click();
  await expect(exam.getByRole('heading', { name: 'Your result' })).toBeVisible();
  await noSideways();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing in the ${scheme} theme before, while the exam runs and in its review`, async ({ page }) => {
    // Three scans on a shared 2-core machine.
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/exam/');
    const scan = async () => (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    await expect(examOf(page).getByRole('button', { name: 'Start exam' })).toBeEnabled();
    expect(await scan()).toEqual([]);
    const exam = await start(page);
    await answer(questionsOf(exam).nth(0), true);
    await answer(questionsOf(exam).nth(1), false);
    await questionsOf(exam).nth(2).getByRole('button', { name: 'Flag for review' }).click();
    await expect(exam.getByRole('navigation', { name: 'Question navigator' }).getByRole('button', { name: /^Question 3: not answered, flagged/ })).toBeVisible();
    await exam.getByRole('button', { name: 'Submit exam' }).click();
    expect(await scan()).toEqual([]);
    await exam.getByRole('button', { name: 'Submit anyway' }).click();
    await expect(exam.getByRole('heading', { name: 'Your result' })).toBeVisible();
    expect(await scan()).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says the exam needs JavaScript and links the chapter quizzes', async ({ page }) => {
    await page.goto('/exam/');
    const exam = examOf(page);
    await expect(exam.getByText(/needs JavaScript/)).toBeVisible();
    await expect(exam.getByRole('link', { name: 'The boot process: chapter and quiz' })).toHaveAttribute('href', '/boot-process/');
    await expect(exam.getByRole('button', { name: 'Start exam' })).toBeHidden();
    await expect(exam.getByRole('radio')).toHaveCount(0);
  });
});

test('the exam is in the sidebar and on the home page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Practice exam' }).first()).toHaveAttribute('href', '/exam/');
  await expect(page.getByRole('main').getByRole('link', { name: 'practice exam' })).toHaveAttribute('href', '/exam/');
});

/** Each question's option texts in the order shown, by question key. */
const optionOrders = (exam: Locator) =>
  questionsOf(exam).evaluateAll((questions) =>
    Object.fromEntries(questions.map((question) => [(question as HTMLElement).dataset.question!, [...question.querySelectorAll('li.option label')].map((label) => label.textContent!.trim())])),
  );

test('two readers get their own option order; a reload keeps an attempt\'s order, and a new attempt deals a new one', async ({ browser }) => {
  test.setTimeout(90_000);
  const contexts = [await browser.newContext(), await browser.newContext()];
  const [one, two] = await Promise.all(contexts.map((context) => context.newPage()));
  const orders = [];
  for (const page of [one!, two!]) {
    await page.goto('/exam/');
    orders.push(await optionOrders(await start(page, /^Every question/)));
  }
  const [mine, theirs] = orders as [Record<string, string[]>, Record<string, string[]>];
  expect(Object.keys(theirs).sort()).toEqual(Object.keys(mine).sort());
  const differ = Object.keys(mine).filter((key) => mine[key]!.join('|') !== theirs[key]!.join('|'));
  expect(differ.length).toBeGreaterThan(Object.keys(mine).length / 2);
  // The right answer is not simply the first option shown.
  const rightFirst = await questionsOf(examOf(one!)).evaluateAll((questions) => questions.filter((question) => question.querySelector('li.option')?.getAttribute('data-correct') === 'true').length);
  expect(rightFirst).toBeLessThan(Object.keys(mine).length / 2);

  await one!.reload();
  await expect(clockOf(examOf(one!))).toBeVisible({ timeout: 15_000 });
  expect(await optionOrders(examOf(one!))).toEqual(mine);

  const exam = examOf(one!);
  await exam.getByRole('button', { name: 'Submit exam' }).click();
  await exam.getByRole('button', { name: 'Submit anyway' }).click();
  await exam.getByRole('button', { name: 'Start a new exam' }).first().click();
  const next = await optionOrders(await start(one!, /^Every question/));
  expect(Object.keys(next).filter((key) => next[key]!.join('|') !== mine[key]!.join('|')).length).toBeGreaterThan(Object.keys(mine).length / 2);
  for (const context of contexts) await context.close();
});

test('flags, the question navigator and the review filter work by keyboard, and flags survive a reload', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/exam/');
  const exam = await start(page);
  const navigator = exam.getByRole('navigation', { name: 'Question navigator' });
  await expect(navigator.getByRole('button')).toHaveCount(10);
  await expect(navigator.getByRole('button', { name: 'Question 1: not answered', exact: true })).toBeVisible();

  // Focus starts on question 1; Space answers it.
  await expect(questionsOf(exam).first().locator('input').first()).toBeFocused();
  await page.keyboard.press('Space');
  await expect(navigator.getByRole('button', { name: 'Question 1: answered', exact: true })).toBeVisible();

  // The navigator takes the reader to question 3, whose flag button is the next Tab stop after its options.
  await navigator.getByRole('button', { name: 'Question 3: not answered', exact: true }).focus();
  await page.keyboard.press('Enter');
  const third = questionsOf(exam).nth(2);
  await expect(third.locator('input').first()).toBeFocused();
  const flag = third.getByRole('button', { name: 'Flag for review' });
  await flag.focus();
  await page.keyboard.press('Enter');
  await expect(flag).toHaveAttribute('aria-pressed', 'true');
  await expect(navigator.getByRole('button', { name: 'Question 3: not answered, flagged for review', exact: true })).toBeVisible();
  await expect(exam.getByText('Flagged for review: 1')).toBeVisible();
  await questionsOf(exam).nth(3).getByRole('button', { name: 'Flag for review' }).press('Enter');
  await answer(questionsOf(exam).nth(3), true);
  // Space toggles a flag too, and a second press takes it off again.
  const fifth = questionsOf(exam).nth(4).getByRole('button', { name: 'Flag for review' });
  await fifth.focus();
  await page.keyboard.press('Space');
  await expect(fifth).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Space');
  await expect(fifth).toHaveAttribute('aria-pressed', 'false');
  await expect(navigator.getByRole('button', { name: 'Question 4: answered, flagged for review', exact: true })).toBeVisible();

  await page.reload();
  const again = examOf(page);
  await expect(clockOf(again)).toBeVisible();
  await expect(questionsOf(again).nth(2).getByRole('button', { name: 'Flag for review' })).toHaveAttribute('aria-pressed', 'true');
  await expect(again.getByRole('navigation', { name: 'Question navigator' }).getByRole('button', { name: /flagged for review$/ })).toHaveCount(2);

  // Answer question 1 rightly for sure, question 2 wrongly, then submit.
  await questionsOf(again).first().locator('input').evaluateAll((inputs) => inputs.forEach((input) => ((input as HTMLInputElement).checked = false)));
  await answer(questionsOf(again).nth(0), true);
  await answer(questionsOf(again).nth(1), false);
  await again.getByRole('button', { name: 'Submit exam' }).click();
  await again.getByRole('button', { name: 'Submit anyway' }).click();
  await expect(again.getByRole('heading', { name: 'Your result' })).toBeFocused();

  // 2 right (1 and 4), 8 wrong or unanswered, 2 flagged (3 and 4).
  const every = again.getByRole('radio', { name: 'Every question (10)' });
  await expect(every).toBeChecked();
  await every.focus();
  await page.keyboard.press('ArrowDown');
  await expect(again.getByRole('radio', { name: 'Only wrong or unanswered (8)' })).toBeChecked();
  await expect(questionsOf(again).filter({ visible: true })).toHaveCount(8);
  await expect(again.getByText('Showing 8 of 10 questions.')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(again.getByRole('radio', { name: 'Only flagged (2)' })).toBeChecked();
  await expect(questionsOf(again).filter({ visible: true }).locator('[data-number]')).toHaveText(['3.', '4.']);
  await page.keyboard.press('ArrowDown');
  await expect(again.getByRole('radio', { name: 'Wrong, unanswered or flagged (9)' })).toBeChecked();
  await expect(questionsOf(again).filter({ visible: true })).toHaveCount(9);
  expect(errors).toEqual([]);
});

test('results link every objective and every question to the chapter section that teaches it', async ({ page, request }) => {
  const pool = (await (await request.get('/exam/questions.json')).json()) as { questions: { key: string; chapter: string; objective: string; section?: string }[] };
  const hrefOf = (question: { chapter: string; section?: string }) => `/${question.chapter}/${question.section ? `#${question.section}` : ''}`;
  await page.goto('/exam/');
  const exam = await start(page);
  for (let i = 0; i < 10; i++) await answer(questionsOf(exam).nth(i), false);
  await exam.getByRole('button', { name: 'Submit exam' }).click();
  await expect(exam.getByText('Score: 0 of 10 (0%)')).toBeVisible();
  await expect(exam.getByText(/^Scaled score: 0 of 500\. The pass line is 300: not a pass yet\.$/)).toBeVisible();

  const keys = await questionsOf(exam).evaluateAll((questions) => questions.map((question) => (question as HTMLElement).dataset.question!));
  for (const [index, key] of keys.entries()) {
    const question = pool.questions.find((candidate) => candidate.key === key)!;
    await expect(questionsOf(exam).nth(index).getByRole('link', { name: /^Read / })).toHaveAttribute('href', hrefOf(question));
  }
  // Every objective row links where one of its questions is taught.
  const rows = exam.getByRole('table', { name: 'By objective' }).locator('tbody tr');
  for (const row of await rows.all()) {
    const link = row.getByRole('link');
    const objective = (await link.textContent())!;
    const taught = pool.questions.filter((question) => question.objective === objective).map(hrefOf);
    expect(taught).toContain(await link.getAttribute('href'));
  }
  await expect(exam.getByRole('table', { name: 'By chapter' }).getByRole('link').first()).toHaveAttribute('href', /^\/[a-z-]+\/$/);

  // Following a question's link lands on its chapter, at its section when it names one.
  const first = pool.questions.find((question) => question.key === keys[0])!;
  await questionsOf(exam).first().getByRole('link', { name: /^Read / }).click();
  await expect(page).toHaveURL(new RegExp(`/${first.chapter}/${first.section ? `#${first.section}` : ''}$`));
  if (first.section) await expect(page.locator(`[id="${first.section}"]`)).toBeVisible();
});

test('when the questions cannot be fetched the page says so, and trying again loads them', async ({ page }) => {
  const errors = watchErrors(page);
  await page.route('**/exam/questions.json', (route) => route.abort('internetdisconnected'));
  await page.goto('/exam/');
  const exam = examOf(page);
  await expect(exam.getByRole('status').filter({ hasText: 'The questions could not be loaded' })).toBeVisible();
  await expect(exam.getByRole('button', { name: 'Start exam' })).toBeDisabled();
  const retry = exam.getByRole('button', { name: 'Try loading the questions again' });
  await retry.click();
  await expect(exam.getByRole('status').filter({ hasText: 'The questions could not be loaded' })).toBeVisible();
  await page.unroute('**/exam/questions.json');
  await retry.click();
  await expect(retry).toBeHidden();
  await expect(exam.getByRole('button', { name: 'Start exam' })).toBeFocused();
  await start(page);
  await expect(questionsOf(exam)).toHaveCount(10);
  // The failed requests are the only errors the browser reports.
  expect(errors.filter((error) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(error))).toEqual([]);
});

test('a question whose bank names its section links to that heading, under its title', async ({ page }) => {
  // The banks gain `section:` fields over time; here every question names one, as served.
  await page.route('**/exam/questions.json', async (route) => {
    const pool = await (await route.fetch()).json();
    for (const question of pool.questions) Object.assign(question, { section: `section-of-${question.key.split('/')[1]}`, sectionTitle: 'The heading that teaches it' });
    await route.fulfill({ json: pool });
  });
  await page.goto('/exam/');
  const exam = await start(page);
  await answer(questionsOf(exam).first(), false);
  await exam.getByRole('button', { name: 'Submit exam' }).click();
  await exam.getByRole('button', { name: 'Submit anyway' }).click();
  const key = (await questionsOf(exam).first().getAttribute('data-question'))!;
  const [chapter, id] = key.split('/');
  const link = questionsOf(exam).first().getByRole('link', { name: /^Read “The heading that teaches it” in / });
  await expect(link).toHaveAttribute('href', `/${chapter}/#section-of-${id}`);
  await expect(exam.getByRole('table', { name: 'By objective' }).getByRole('link').first()).toHaveAttribute('href', /^\/[a-z-]+\/#section-of-[a-z0-9-]+$/);
});
