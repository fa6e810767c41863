import { describe, expect, it } from 'vitest';
import { MAX_EXAM_RESULTS, PROGRESS_BACKUP_KEY, PROGRESS_KEY, createProgressStore as createBare, parseProgress, type Progress, type ProgressStoreOptions } from './index';

/** A progress store with the exam's actions, as the exam page builds it. */
function createProgressStore(options: ProgressStoreOptions) {
  const store = createBare(options);
  return { ...store, ...examActions(store.update, () => store.$progress.get(), options.now ?? Date.now) };
}
import { FakeStorage } from './fake-storage.testing';
import { examActions } from './exam-actions';

const now = () => 1_700_000_000_000;
const attempt = { seed: 7, questions: ['boot-process/a', 'networking/b'], startedAt: 1_000, deadline: 121_000 };
const quizAnswer = { chosen: [0], correct: true };

function storedWith(exam: unknown): string {
  return JSON.stringify({ version: 3, quizzes: { 'boot-process': { answers: { a: quizAnswer } } }, scenarios: {}, exam });
}

describe('the exam in reader progress', () => {
  it('saves an attempt, its answers and its submission, and a new store resumes it', () => {
    const storage = new FakeStorage();
    const store = createProgressStore({ storage, now });
    expect(store.startExam(attempt)).toBe(true);
    store.recordExamAnswer('boot-process/a', [1]);
    store.recordExamAnswer('networking/b', [2, 0]);
    store.recordExamAnswer('networking/b', []);
    store.recordExamAnswer('not-drawn/x', [0]);
    const again = createProgressStore({ storage, now });
    expect(again.$progress.get().exam).toEqual({ attempt: { ...attempt, answers: { 'boot-process/a': [1] } }, results: [] });
    expect(again.submitExam({ correct: 1, total: 2 }, true)).toBe(true);
    // Submitted once only (another tab's clock may run out too), and answers are frozen.
    expect(store.submitExam({ correct: 2, total: 2 }, false)).toBe(false);
    store.recordExamAnswer('networking/b', [1]);
    expect((storage.json() as Progress).exam).toEqual({
      attempt: { ...attempt, answers: { 'boot-process/a': [1] }, submittedAt: now(), timedOut: true },
      results: [{ finishedAt: now(), correct: 1, total: 2, timedOut: true }],
    });
    store.clearExamAttempt();
    expect(store.$progress.get().exam).toEqual({ results: [{ finishedAt: now(), correct: 1, total: 2, timedOut: true }] });
  });

  it('keeps the last few results only', () => {
    const store = createProgressStore({ now });
    for (let i = 0; i < MAX_EXAM_RESULTS + 2; i++) {
      store.startExam(attempt);
      store.submitExam({ correct: i, total: 10 }, false);
    }
    const results = store.$progress.get().exam!.results;
    expect(results).toHaveLength(MAX_EXAM_RESULTS);
    expect(results.at(-1)!.correct).toBe(MAX_EXAM_RESULTS + 1);
  });

  it('refuses an attempt that could not be resumed', () => {
    const store = createProgressStore({ now });
    expect(store.startExam({ ...attempt, questions: [] })).toBe(false);
    expect(store.startExam({ ...attempt, questions: ['a', 'a'] })).toBe(false);
    expect(store.startExam({ ...attempt, deadline: attempt.startedAt })).toBe(false);
    expect(store.startExam({ ...attempt, seed: -1 })).toBe(false);
    expect(store.$progress.get().exam).toBeUndefined();
  });

  it.each([
    ['not an object', 'oops'],
    ['an attempt without a deadline', { attempt: { ...attempt, deadline: undefined, answers: {} }, results: [] }],
    ['an attempt whose deadline is text', { attempt: { ...attempt, deadline: 'soon', answers: {} } }],
    ['an attempt with duplicate questions', { attempt: { ...attempt, questions: ['a', 'a'], answers: {} } }],
    ['an answer to a question not drawn', { attempt: { ...attempt, answers: { 'other/q': [0] } } }],
    ['an answer that is not a choice', { attempt: { ...attempt, answers: { 'boot-process/a': ['0'] } } }],
    ['a seed that is not a 32-bit integer', { attempt: { ...attempt, seed: 1.5, answers: {} } }],
    ['an unknown field in the attempt', { attempt: { ...attempt, answers: {}, cheat: true } }],
    ['a flag on a question not drawn', { attempt: { ...attempt, answers: {}, flagged: ['other/q'] } }],
    ['flags that are not a list', { attempt: { ...attempt, answers: {}, flagged: 'networking/b' } }],
    ['results that are not a list', { results: { 0: {} } }],
    ['a result with more right than asked', { results: [{ finishedAt: 1, correct: 5, total: 2, timedOut: false }] }],
  ])('sets aside %s with a message, keeping quiz answers and a backup', (_label, exam) => {
    const raw = storedWith(exam);
    const storage = new FakeStorage({ [PROGRESS_KEY]: raw });
    const store = createProgressStore({ storage, now });
    expect(store.$notice.get()?.kind).toBe('exam-set-aside');
    expect(store.$notice.get()?.message).toMatch(/practice exam could not be read.*quiz answers and other progress are kept/);
    expect(store.quizAnswers('boot-process')).toEqual({ a: quizAnswer });
    expect(store.$progress.get().exam?.attempt).toBeUndefined();
    expect(storage.items.get(PROGRESS_BACKUP_KEY)).toBe(raw);
    // The cleaned value is saved, so the next page load is quiet, and a new exam can start.
    expect(createProgressStore({ storage }).$notice.get()).toBeNull();
    expect(store.startExam(attempt)).toBe(true);
  });

  it('keeps the valid results when one is malformed', () => {
    const good = { finishedAt: 5, correct: 3, total: 10, timedOut: false };
    const outcome = parseProgress(storedWith({ results: [good, { finishedAt: 6 }] }));
    expect(outcome).toMatchObject({ status: 'partial', dropped: ['exam.results[1] is not a result'] });
    expect(outcome.progress.exam).toEqual({ results: [good] });
  });

  it('says the general message when more than the exam was unreadable', () => {
    const raw = JSON.stringify({ version: 2, quizzes: [], exam: 'oops' });
    const store = createProgressStore({ storage: new FakeStorage({ [PROGRESS_KEY]: raw }) });
    expect(store.$notice.get()?.kind).toBe('recovered');
  });

  it('reads a version 1 value (before the exam) quietly', () => {
    const raw = JSON.stringify({ version: 1, quizzes: { 'boot-process': { answers: { a: quizAnswer } } }, scenarios: {} });
    expect(parseProgress(raw)).toMatchObject({ status: 'ok', progress: { version: 4 } });
  });

  it('adds each answered question\'s verdict to its history on submission, and only those', () => {
    const store = createProgressStore({ now });
    store.startExam(attempt);
    store.recordExamAnswer('networking/b', [1]);
    // boot-process/a was never answered; not-drawn/x is not in the attempt: neither is the reader's.
    store.submitExam({ correct: 0, total: 2 }, false, { 'networking/b': false, 'boot-process/a': true, 'not-drawn/x': true });
    expect(store.$progress.get().review).toEqual({ 'networking/b': { history: [{ at: now(), correct: false }], box: 1, due: now() } });
  });

  it('flags and unflags questions of the running attempt only, and keeps the flags after submission', () => {
    const storage = new FakeStorage();
    const store = createProgressStore({ storage, now });
    store.startExam(attempt);
    store.setExamFlag('networking/b', true);
    store.setExamFlag('boot-process/a', true);
    store.setExamFlag('networking/b', true);
    store.setExamFlag('not-drawn/x', true);
    expect(createProgressStore({ storage, now }).$progress.get().exam?.attempt?.flagged).toEqual(['networking/b', 'boot-process/a']);
    store.setExamFlag('networking/b', false);
    expect(store.$progress.get().exam?.attempt?.flagged).toEqual(['boot-process/a']);
    store.submitExam({ correct: 0, total: 2 }, false);
    store.setExamFlag('networking/b', true);
    expect((storage.json() as Progress).exam?.attempt?.flagged).toEqual(['boot-process/a']);
    store.clearExamAttempt();
    store.startExam(attempt);
    expect(store.$progress.get().exam?.attempt?.flagged).toBeUndefined();
  });
});
