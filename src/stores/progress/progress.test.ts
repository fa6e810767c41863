import { describe, expect, it } from 'vitest';
import {
  PROGRESS_BACKUP_KEY,
  PROGRESS_KEY,
  createProgressStore,
  emptyProgress,
  parseProgress,
  type Progress,
} from './index';
import { FakeStorage } from './fake-storage.testing';
import type { ScorableQuestion } from '../../widgets/quiz/score';
import { DAY_MS } from './schedule';
import { MAX_HISTORY } from './history';

const clock = () => 1_700_000_000_000;

function stored(progress: Record<string, unknown>): string {
  return JSON.stringify({ ...emptyProgress(), ...progress });
}

const single: ScorableQuestion = {
  id: 'which-bank-boots',
  type: 'single',
  options: [{ correct: true }, {}, {}],
};
const multiple: ScorableQuestion = {
  id: 'shift-r',
  type: 'multiple',
  options: [{ correct: true }, { correct: true }, {}, { correct: false }],
};

describe('createProgressStore', () => {
  it('starts empty without a notice when nothing is stored', () => {
    const storage = new FakeStorage();
    const store = createProgressStore({ storage, now: clock });
    expect(store.$progress.get()).toEqual(emptyProgress());
    expect(store.$notice.get()).toBeNull();
    expect(storage.writes).toBe(0);
  });

  it('saves answers and scenarios, and a new store reads them back', () => {
    const storage = new FakeStorage();
    const store = createProgressStore({ storage, now: clock });
    expect(store.recordQuizAnswer('boot-process', 'which-bank-boots', [0], true)).toBe(true);
    expect(store.recordQuizAnswer('boot-process', 'shift-r', [2, 0, 0], false)).toBe(true);
    expect(store.markScenarioComplete('roll-back-an-upgrade')).toBe(true);
    expect(storage.json()).toEqual({
      version: 4,
      quizzes: {
        'boot-process': {
          answers: {
            'which-bank-boots': { chosen: [0], correct: true, checkedAt: clock() },
            'shift-r': { chosen: [0, 2], correct: false, checkedAt: clock() },
          },
        },
      },
      scenarios: { 'roll-back-an-upgrade': { completed: true, completedAt: clock() } },
      // Each answer joins its question's history: a right one is due again in a day, a wrong one at once.
      review: {
        'boot-process/which-bank-boots': { history: [{ at: clock(), correct: true }], box: 1, due: clock() + DAY_MS },
        'boot-process/shift-r': { history: [{ at: clock(), correct: false }], box: 1, due: clock() },
      },
    });
    const again = createProgressStore({ storage });
    expect(again.$progress.get()).toEqual(store.$progress.get());
    expect(again.isScenarioComplete('roll-back-an-upgrade')).toBe(true);
    expect(again.isScenarioComplete('constructor')).toBe(false);
    expect(again.$notice.get()).toBeNull();
  });

  it('refuses invalid ids and choices instead of storing them', () => {
    const storage = new FakeStorage();
    const store = createProgressStore({ storage });
    expect(store.recordQuizAnswer('', 'q', [0], true)).toBe(false);
    expect(store.recordQuizAnswer('bank', '__proto__', [0], true)).toBe(false);
    expect(store.recordQuizAnswer('bank', 'q', [], true)).toBe(false);
    expect(store.recordQuizAnswer('bank', 'q', [-1], true)).toBe(false);
    expect(store.recordQuizAnswer('bank', 'q', [1.5], true)).toBe(false);
    expect(store.markScenarioComplete('constructor')).toBe(false);
    expect(storage.writes).toBe(0);
  });

  it('forgets one answer, then a whole quiz, and leaves other banks alone', () => {
    const storage = new FakeStorage();
    const store = createProgressStore({ storage });
    store.recordQuizAnswer('boot-process', 'a', [0], true);
    store.recordQuizAnswer('boot-process', 'b', [1], false);
    store.recordQuizAnswer('networking', 'c', [2], true);
    store.clearQuizAnswer('boot-process', 'a');
    expect(Object.keys(store.quizAnswers('boot-process'))).toEqual(['b']);
    store.resetQuiz('boot-process');
    expect(store.quizAnswers('boot-process')).toEqual({});
    expect(Object.keys(store.quizAnswers('networking'))).toEqual(['c']);
    expect(storage.json()).toEqual(store.$progress.get());
    // The reset bank keeps only its new option order.
    expect((storage.json() as Progress).quizzes['boot-process']).toEqual({ answers: {}, seed: expect.any(Number) });
  });

  it('keeps a backup of corrupt JSON, starts afresh and says so', () => {
    const storage = new FakeStorage({ [PROGRESS_KEY]: '{"version":1,"quizzes":{' });
    const store = createProgressStore({ storage });
    expect(store.$progress.get()).toEqual(emptyProgress());
    expect(storage.items.get(PROGRESS_BACKUP_KEY)).toBe('{"version":1,"quizzes":{');
    expect(storage.json()).toEqual(emptyProgress());
    expect(store.$notice.get()).toMatchObject({ kind: 'unreadable', message: expect.stringMatching(/could not be read.*copy/) });
    // The next page load finds a clean value and says nothing.
    expect(createProgressStore({ storage }).$notice.get()).toBeNull();
  });

  it('keeps every valid part of a partly invalid value', () => {
    const raw = stored({
      quizzes: {
        'boot-process': {
          answers: {
            good: { chosen: [1], correct: false, checkedAt: 5 },
            'no-choice': { chosen: 'b', correct: true },
            'bad-time': { chosen: [0, 2], correct: true, checkedAt: 'yesterday' },
          },
        },
        networking: 'lots',
        'bad id!': { answers: {} },
      },
      scenarios: { done: { completed: true }, 'not-done': { completed: 'yes' } },
      extra: 1,
    });
    const storage = new FakeStorage({ [PROGRESS_KEY]: raw });
    const store = createProgressStore({ storage });
    const expected: Progress = {
      version: 4,
      review: {},
      quizzes: {
        'boot-process': {
          answers: {
            good: { chosen: [1], correct: false, checkedAt: 5 },
            'bad-time': { chosen: [0, 2], correct: true },
          },
        },
      },
      scenarios: { done: { completed: true } },
    };
    expect(store.$progress.get()).toEqual(expected);
    expect(storage.json()).toEqual(expected);
    expect(storage.items.get(PROGRESS_BACKUP_KEY)).toBe(raw);
    expect(store.$notice.get()?.kind).toBe('recovered');
    expect(store.$notice.get()?.message).toMatch(/^Your saved progress could not be read in full; the readable part was kept/);
  });

  it('reads a value without a version as version 1, keeping a backup', () => {
    const raw = JSON.stringify({ quizzes: { q: { answers: { a: { chosen: [0], correct: true } } } } });
    const storage = new FakeStorage({ [PROGRESS_KEY]: raw });
    const store = createProgressStore({ storage });
    expect(store.quizAnswers('q')).toEqual({ a: { chosen: [0], correct: true } });
    expect(storage.items.get(PROGRESS_BACKUP_KEY)).toBe(raw);
    expect(store.$notice.get()?.kind).toBe('recovered');
  });

  it('leaves a newer version untouched and works in memory', () => {
    const raw = JSON.stringify({ version: 5, everything: 'different' });
    const storage = new FakeStorage({ [PROGRESS_KEY]: raw });
    const store = createProgressStore({ storage });
    expect(store.$notice.get()?.kind).toBe('newer-version');
    expect(store.$notice.get()?.message).toMatch(/newer version.*will not be saved/);
    store.recordQuizAnswer('boot-process', 'a', [0], true);
    store.markScenarioComplete('s');
    expect(store.quizAnswers('boot-process')).toHaveProperty('a');
    expect(storage.items.get(PROGRESS_KEY)).toBe(raw);
    expect(storage.writes).toBe(0);
  });

  it('picks up storage again when another tab of this version replaces a newer value', () => {
    const storage = new FakeStorage({ [PROGRESS_KEY]: JSON.stringify({ version: 5 }) });
    const store = createProgressStore({ storage });
    storage.items.set(PROGRESS_KEY, stored({ scenarios: { s: { completed: true } } }));
    store.sync();
    expect(store.isScenarioComplete('s')).toBe(true);
    expect(store.$notice.get()).toBeNull();
    store.recordQuizAnswer('b', 'q', [0], true);
    expect((storage.json() as Progress).quizzes.b).toBeDefined();
  });

  it('works in memory when storage throws on every access, and says it will not save', () => {
    const storage = new FakeStorage({ [PROGRESS_KEY]: stored({ scenarios: { s: { completed: true } } }) });
    storage.failReads = true;
    storage.failWrites = true;
    const store = createProgressStore({ storage });
    expect(store.$notice.get()?.kind).toBe('not-saved');
    expect(store.$notice.get()?.message).toMatch(/will be kept only until you leave this page/);
    expect(store.recordQuizAnswer('boot-process', 'a', [0], true)).toBe(true);
    expect(store.quizScore('boot-process', [{ ...single, id: 'a' }])).toEqual({ correct: 1, checked: 1, total: 1 });
    // Storage recovering later must not overwrite what could not be read.
    storage.failReads = false;
    storage.failWrites = false;
    store.recordQuizAnswer('boot-process', 'b', [0], true);
    expect(storage.json()).toEqual({ version: 4, quizzes: {}, scenarios: { s: { completed: true } }, review: {} });
  });

  it('works in memory when the browser gives no storage at all', () => {
    const store = createProgressStore({ storage: null });
    expect(store.$notice.get()?.kind).toBe('not-saved');
    store.markScenarioComplete('s');
    expect(store.isScenarioComplete('s')).toBe(true);
    expect(createProgressStore({}).$notice.get()).toBeNull();
  });

  it('switches to memory when a write fails (quota full), keeping the answer', () => {
    const storage = new FakeStorage();
    const store = createProgressStore({ storage });
    storage.failWrites = true;
    store.recordQuizAnswer('boot-process', 'a', [0], true);
    expect(store.quizAnswers('boot-process')).toHaveProperty('a');
    expect(store.$notice.get()?.kind).toBe('not-saved');
  });

  it('does not overwrite a value it could not back up', () => {
    const storage = new FakeStorage({ [PROGRESS_KEY]: 'not json' });
    storage.failWrites = true;
    const store = createProgressStore({ storage });
    expect(store.$notice.get()?.kind).toBe('untouched');
    storage.failWrites = false;
    store.recordQuizAnswer('b', 'q', [0], true);
    expect(storage.items.get(PROGRESS_KEY)).toBe('not json');
  });

  it('follows changes made in another tab', () => {
    const storage = new FakeStorage();
    const here = createProgressStore({ storage });
    const there = createProgressStore({ storage });
    const seen: Progress[] = [];
    const stop = here.$progress.listen((progress) => seen.push(progress));
    there.recordQuizAnswer('boot-process', 'a', [1], false);
    here.sync();
    expect(here.quizAnswers('boot-process')).toHaveProperty('a');
    here.sync();
    expect(seen).toHaveLength(1);
    stop();
  });

  it('does not lose an answer given in another tab before its event arrived', () => {
    const storage = new FakeStorage();
    const here = createProgressStore({ storage });
    const there = createProgressStore({ storage });
    there.recordQuizAnswer('boot-process', 'a', [1], false);
    here.recordQuizAnswer('boot-process', 'b', [0], true);
    expect(Object.keys((storage.json() as Progress).quizzes['boot-process']!.answers).sort()).toEqual(['a', 'b']);
  });

  it('empties when another tab clears storage', () => {
    const storage = new FakeStorage();
    const store = createProgressStore({ storage });
    store.markScenarioComplete('s');
    storage.items.clear();
    store.sync();
    expect(store.isScenarioComplete('s')).toBe(false);
  });
});

describe('quizScore', () => {
  it('scores single and multiple answers against the bank as it is now', () => {
    const store = createProgressStore({});
    store.recordQuizAnswer('bank', 'which-bank-boots', [0], true);
    store.recordQuizAnswer('bank', 'shift-r', [0], false);
    expect(store.quizScore('bank', [single, multiple])).toEqual({ correct: 1, checked: 2, total: 2 });
    store.recordQuizAnswer('bank', 'shift-r', [1, 0], true);
    expect(store.quizScore('bank', [single, multiple])).toEqual({ correct: 2, checked: 2, total: 2 });
    store.recordQuizAnswer('bank', 'shift-r', [0, 1, 2], false);
    expect(store.quizScore('bank', [single, multiple])).toEqual({ correct: 1, checked: 2, total: 2 });
    expect(store.quizScore('other', [single, multiple])).toEqual({ correct: 0, checked: 0, total: 2 });
  });
});

describe('parseProgress', () => {
  it('classifies what it finds', () => {
    expect(parseProgress(null).status).toBe('empty');
    expect(parseProgress(stored({})).status).toBe('ok');
    expect(parseProgress('[]').status).toBe('unreadable');
    expect(parseProgress('null').status).toBe('unreadable');
    expect(parseProgress('{"version":5}')).toMatchObject({ status: 'newer', version: 5 });
    expect(parseProgress('{"version":3,"quizzes":{}}').status).toBe('ok');
    expect(parseProgress('{"version":1,"quizzes":{}}').status).toBe('ok');
    expect(parseProgress('{"version":2,"quizzes":{}}').status).toBe('ok');
    expect(parseProgress('{"version":"1","quizzes":{}}').status).toBe('partial');
    expect(parseProgress('{"version":1,"quizzes":[]}')).toMatchObject({ status: 'partial', dropped: ['quizzes is not an object'] });
  });

  it('never throws, whatever the text', () => {
    for (const raw of ['', '{', '"x"', '1', 'true', '{"quizzes":{"__proto__":{"answers":{}}}}', '{"version":1e400}']) {
      expect(() => parseProgress(raw)).not.toThrow();
    }
    expect(Object.getPrototypeOf(parseProgress('{"version":1,"quizzes":{"__proto__":{"answers":{}}}}').progress.quizzes)).toBe(
      Object.prototype,
    );
  });
});

describe('resetQuiz across tabs', () => {
  it('resets answers another tab gave a moment ago', () => {
    const storage = new FakeStorage();
    const here = createProgressStore({ storage });
    const there = createProgressStore({ storage });
    there.recordQuizAnswer('boot-process', 'a', [1], false);
    here.resetQuiz('boot-process');
    expect((storage.json() as Progress).quizzes['boot-process']?.answers).toEqual({});
  });
});

describe('the option order of a quiz', () => {
  const seeds = (...values: number[]) => {
    const queue = [...values];
    return () => queue.shift() ?? 0;
  };

  it('is dealt once per bank, saved, and the same after a reload', () => {
    const storage = new FakeStorage();
    const store = createProgressStore({ storage, newSeed: seeds(11, 22, 33) });
    expect(store.quizOrderSeed('boot-process')).toBe(11);
    expect(store.quizOrderSeed('boot-process')).toBe(11);
    expect(store.quizOrderSeed('networking')).toBe(22);
    const again = createProgressStore({ storage, newSeed: seeds(99) });
    expect(again.quizOrderSeed('boot-process')).toBe(11);
    expect(again.$notice.get()).toBeNull();
  });

  it('survives answering, trying again and clearing, and changes on a reset', () => {
    const storage = new FakeStorage();
    const store = createProgressStore({ storage, newSeed: seeds(5, 5, 8) });
    const seed = store.quizOrderSeed('boot-process');
    store.recordQuizAnswer('boot-process', 'a', [1], true);
    store.clearQuizAnswer('boot-process', 'a');
    expect(store.quizOrderSeed('boot-process')).toBe(seed);
    store.recordQuizAnswer('boot-process', 'a', [1], true);
    // The generator repeats 5: a reset still deals a different order.
    store.resetQuiz('boot-process');
    expect(store.quizOrderSeed('boot-process')).not.toBe(seed);
    expect(store.quizAnswers('boot-process')).toEqual({});
    expect(createProgressStore({ storage }).quizOrderSeed('boot-process')).toBe(store.quizOrderSeed('boot-process'));
  });

  it('works in memory when storage is refused', () => {
    const store = createProgressStore({ storage: null, newSeed: seeds(7) });
    expect(store.quizOrderSeed('boot-process')).toBe(7);
    expect(store.quizOrderSeed('boot-process')).toBe(7);
  });

  it('drops a malformed seed, keeps the answers, and deals a new one', () => {
    const raw = stored({ quizzes: { 'boot-process': { answers: { a: { chosen: [0], correct: true } }, seed: -3 } } });
    const storage = new FakeStorage({ [PROGRESS_KEY]: raw });
    const store = createProgressStore({ storage, newSeed: seeds(42) });
    expect(store.$notice.get()?.kind).toBe('recovered');
    expect(store.quizAnswers('boot-process')).toEqual({ a: { chosen: [0], correct: true } });
    expect(store.quizOrderSeed('boot-process')).toBe(42);
    for (const seed of ['7', 1.5, 2 ** 32, null]) {
      expect(parseProgress(stored({ quizzes: { q: { answers: {}, seed } } }))).toMatchObject({ status: 'partial', dropped: ['quizzes.q.seed is not a seed'] });
    }
  });
});

describe('migration from every earlier version', () => {
  const answer = { chosen: [0, 2], correct: false, checkedAt: 5 };
  const right = { chosen: [1], correct: true, checkedAt: 7 };

  it('reads a version 1 value quietly as version 4: nothing lost, its answers become their questions\' history', () => {
    // Version 1 answers may lack a time: it reads as long ago, so a missed one is due at once.
    const untimed = { chosen: [3], correct: false };
    const raw = JSON.stringify({ version: 1, quizzes: { 'boot-process': { answers: { a: answer, b: untimed } } }, scenarios: { s: { completed: true, completedAt: 9 } } });
    expect(parseProgress(raw)).toEqual({
      status: 'ok',
      progress: {
        version: 4,
        quizzes: { 'boot-process': { answers: { a: answer, b: untimed } } },
        scenarios: { s: { completed: true, completedAt: 9 } },
        review: {
          'boot-process/a': { history: [{ at: 5, correct: false }], box: 1, due: 5 },
          'boot-process/b': { history: [{ at: 0, correct: false }], box: 1, due: 0 },
        },
      },
    });
    const storage = new FakeStorage({ [PROGRESS_KEY]: raw });
    const store = createProgressStore({ storage, newSeed: () => 77 });
    expect(store.$notice.get()).toBeNull();
    expect(storage.writes).toBe(0);
    expect(store.quizOrderSeed('boot-process')).toBe(77);
    expect(storage.json()).toMatchObject({ version: 4, quizzes: { 'boot-process': { answers: { a: answer, b: untimed }, seed: 77 } }, scenarios: { s: { completed: true, completedAt: 9 } } });
  });

  it('reads a version 2 value with an exam attempt quietly as version 4, keeping the attempt and results', () => {
    const attempt = { seed: 3, questions: ['boot-process/a', 'networking/b'], startedAt: 1, deadline: 120_001, answers: { 'networking/b': [1] } };
    const results = [{ finishedAt: 200_000, correct: 1, total: 2, timedOut: false }];
    const raw = JSON.stringify({ version: 2, quizzes: { 'boot-process': { answers: { a: right } } }, scenarios: {}, exam: { attempt, results } });
    expect(parseProgress(raw)).toEqual({
      status: 'ok',
      progress: {
        version: 4,
        quizzes: { 'boot-process': { answers: { a: right } } },
        scenarios: {},
        exam: { attempt, results },
        review: { 'boot-process/a': { history: [{ at: 7, correct: true }], box: 1, due: 7 + DAY_MS } },
      },
    });
  });

  it('reads a version 3 value (seeds, flags) quietly as version 4 with every part kept', () => {
    const attempt = { seed: 3, questions: ['boot-process/a', 'networking/b'], startedAt: 1, deadline: 120_001, answers: {}, flagged: ['networking/b'], submittedAt: 50, timedOut: false };
    const v3 = {
      version: 3,
      quizzes: { 'boot-process': { answers: { a: answer }, seed: 12 }, networking: { answers: { b: right, c: answer } } },
      scenarios: { 'boot-rollback': { completed: true, completedAt: 4 } },
      exam: { attempt, results: [] },
    };
    const outcome = parseProgress(JSON.stringify(v3));
    expect(outcome.status).toBe('ok');
    const { review, ...rest } = outcome.progress;
    expect(rest).toEqual({ ...v3, version: 4 });
    expect(Object.keys(review).sort()).toEqual(['boot-process/a', 'networking/b', 'networking/c']);
    expect(review['networking/b']).toEqual({ history: [{ at: 7, correct: true }], box: 1, due: 7 + DAY_MS });
  });

  it('does not take a review part from a value of an earlier version', () => {
    const raw = JSON.stringify({ version: 3, quizzes: {}, review: { 'boot-process/a': { history: [{ at: 1, correct: true }], box: 5, due: 9 } } });
    expect(parseProgress(raw)).toMatchObject({ status: 'partial', dropped: ['review is not part of an earlier version'], progress: { review: {} } });
  });
});

describe('the review part (version 4)', () => {
  const record = { history: [{ at: 1, correct: false }, { at: 5, correct: true }], box: 2, due: 5 + 2 * DAY_MS };

  it('reads back what it saved', () => {
    const raw = stored({ review: { 'networking/a': record } });
    expect(parseProgress(raw)).toEqual({ status: 'ok', progress: { ...emptyProgress(), review: { 'networking/a': record } } });
  });

  it('sets aside each unreadable question whole, keeping the others, with a backup and a notice', () => {
    const bad = {
      'networking/no-history': { history: [], box: 1, due: 0 },
      'networking/box-six': { ...record, box: 6 },
      'networking/bad-time': { ...record, history: [{ at: 'now', correct: true }] },
      'networking/extra': { ...record, ease: 2.5 },
      'bad key!': record,
    };
    const raw = stored({ quizzes: { q: { answers: { a: { chosen: [0], correct: true } } } }, review: { 'networking/a': record, ...bad } });
    const outcome = parseProgress(raw);
    expect(outcome.status).toBe('partial');
    expect(outcome.progress.review).toEqual({ 'networking/a': record });
    if (outcome.status === 'partial') expect(outcome.dropped).toHaveLength(Object.keys(bad).length);
    const storage = new FakeStorage({ [PROGRESS_KEY]: raw });
    const store = createProgressStore({ storage });
    expect(store.$notice.get()?.kind).toBe('recovered');
    expect(storage.items.get(PROGRESS_BACKUP_KEY)).toBe(raw);
    expect(store.quizAnswers('q')).toHaveProperty('a');
    expect(parseProgress(stored({ review: [] }))).toMatchObject({ status: 'partial', dropped: ['review is not an object'] });
  });

  it('keeps the last MAX_HISTORY answers of a question, oldest dropped first', () => {
    let time = 0;
    const store = createProgressStore({ now: () => (time += 1) });
    for (let i = 0; i < MAX_HISTORY + 3; i++) store.recordQuizAnswer('networking', 'a', [0], i % 2 === 0);
    const history = store.$progress.get().review['networking/a']!.history;
    expect(history).toHaveLength(MAX_HISTORY);
    expect(history[0]!.at).toBe(4);
    expect(history.at(-1)!.at).toBe(MAX_HISTORY + 3);
    expect(parseProgress(JSON.stringify(store.$progress.get())).status).toBe('ok');
  });

  it('records every quiz answer in its question\'s history, and keeps it when the quiz is reset', () => {
    let time = 1_000;
    const store = createProgressStore({ now: () => time });
    store.recordQuizAnswer('networking', 'a', [0], false);
    time += 10;
    store.recordQuizAnswer('networking', 'a', [1], true);
    store.resetQuiz('networking');
    expect(store.$progress.get().review['networking/a']).toEqual({ history: [{ at: 1_000, correct: false }, { at: 1_010, correct: true }], box: 2, due: 1_010 + 2 * DAY_MS });
  });
});
