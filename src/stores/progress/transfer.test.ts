import { describe, expect, it } from 'vitest';
import { emptyProgress, type Progress } from './format';
import { mergeProgress } from './merge';
import { DAY_MS } from './schedule';
import { exportFileName, exportText, MAX_IMPORT_BYTES, parseImport } from './transfer';

const answer = (chosen: number, correct: boolean, checkedAt?: number) => ({ chosen: [chosen], correct, ...(checkedAt === undefined ? {} : { checkedAt }) });
const result = (finishedAt: number, correct: number) => ({ finishedAt, correct, total: 10, timedOut: false });

const here: Progress = {
  ...emptyProgress(),
  quizzes: { networking: { answers: { a: answer(0, true, 100), b: answer(1, false, 300) }, seed: 11 } },
  scenarios: { 'lbt-spread': { completed: true, completedAt: 50 } },
  review: { 'networking/a': { history: [{ at: 100, correct: true }], box: 1, due: 100 + DAY_MS } },
  exam: { results: [result(10, 4), result(20, 5)] },
};
const there: Progress = {
  ...emptyProgress(),
  quizzes: { networking: { answers: { a: answer(2, false, 200), b: answer(3, true, 250), c: answer(0, true) }, seed: 99 }, 'boot-process': { answers: { x: answer(0, true, 5) } } },
  scenarios: { 'lbt-spread': { completed: true, completedAt: 40 }, 'boot-rollback': { completed: true } },
  review: {
    'networking/a': { history: [{ at: 100, correct: true }, { at: 200, correct: false }], box: 1, due: 200 },
    'boot-process/x': { history: [{ at: 5, correct: true }], box: 1, due: 5 + DAY_MS },
  },
  exam: { attempt: { seed: 1, questions: ['networking/a'], startedAt: 1, deadline: 61_000, answers: {} }, results: [result(20, 5), result(15, 9)] },
};

describe('merging imported progress', () => {
  const merged = mergeProgress(here, there);

  it('keeps each question\'s latest answer by time, and this browser\'s option order', () => {
    expect(merged.quizzes.networking).toEqual({ answers: { a: answer(2, false, 200), b: answer(1, false, 300), c: answer(0, true) }, seed: 11 });
    expect(merged.quizzes['boot-process']).toEqual(there.quizzes['boot-process']);
  });

  it('unites finished scenarios, keeping the first time each was finished', () => {
    expect(merged.scenarios).toEqual({ 'lbt-spread': { completed: true, completedAt: 40 }, 'boot-rollback': { completed: true } });
  });

  it('combines answer histories (each answer once) and takes the box of the side answered last', () => {
    expect(merged.review['networking/a']).toEqual({ history: [{ at: 100, correct: true }, { at: 200, correct: false }], box: 1, due: 200 });
    expect(merged.review['boot-process/x']).toEqual(there.review['boot-process/x']);
  });

  it('combines exam results in time order, each once, and keeps an attempt', () => {
    expect(merged.exam?.results).toEqual([result(10, 4), result(15, 9), result(20, 5)]);
    expect(merged.exam?.attempt).toEqual(there.exam?.attempt);
  });

  it('loses nothing already here, whichever way round', () => {
    for (const [a, b] of [[here, there], [there, here], [here, emptyProgress()], [emptyProgress(), here]] as const) {
      const out = mergeProgress(a, b);
      for (const id of Object.keys(a.scenarios)) expect(out.scenarios[id]?.completed).toBe(true);
      for (const key of Object.keys(a.review)) expect(out.review[key]!.history).toEqual(expect.arrayContaining(a.review[key]!.history));
      for (const [bank, quiz] of Object.entries(a.quizzes)) expect(Object.keys(out.quizzes[bank]!.answers)).toEqual(expect.arrayContaining(Object.keys(quiz.answers)));
    }
    expect(mergeProgress(here, here)).toEqual(here);
  });
});

describe('reading an import file', () => {
  it('reads an exported file back as it was', () => {
    expect(parseImport(exportText(here))).toEqual({ ok: true, progress: here });
  });

  it('reads a file saved by an earlier version as version 4', () => {
    const v2 = JSON.stringify({ version: 2, quizzes: { networking: { answers: { a: answer(0, false, 9) } } }, scenarios: {} });
    const outcome = parseImport(v2);
    expect(outcome).toMatchObject({ ok: true, progress: { version: 4, review: { 'networking/a': { box: 1, due: 9 } } } });
  });

  it('refuses, with a reason, a file that is not JSON, not progress, newer, damaged, empty or too big', () => {
    expect(parseImport('{"version": 4, "quizzes": {')).toEqual({ ok: false, reason: 'not-json' });
    expect(parseImport('[1, 2, 3]')).toEqual({ ok: false, reason: 'not-progress' });
    expect(parseImport('{"name": "my notes"}')).toEqual({ ok: false, reason: 'not-progress' });
    expect(parseImport('{"version": "4"}')).toEqual({ ok: false, reason: 'not-progress' });
    expect(parseImport('{"version": 9}')).toEqual({ ok: false, reason: 'newer', detail: '9' });
    expect(parseImport(JSON.stringify({ ...here, scenarios: { s: { completed: 'yes' } } }))).toEqual({ ok: false, reason: 'damaged', detail: 'scenarios.s is not a finished scenario' });
    expect(parseImport('')).toEqual({ ok: false, reason: 'empty' });
    expect(parseImport(' '.repeat(MAX_IMPORT_BYTES) + '{}')).toEqual({ ok: false, reason: 'too-big' });
  });

  it('names the file with the local date', () => {
    expect(exportFileName(new Date(2026, 0, 5, 23, 59))).toBe('inside-esxi-progress-2026-01-05.json');
  });
});
