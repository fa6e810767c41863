import { describe, expect, it } from 'vitest';
import { correctIndexes, isAnswerCorrect, optionVerdict, restoreChoice, scoreQuiz, type ScorableQuestion } from './score';

const single: ScorableQuestion = { id: 'one', type: 'single', options: [{}, { correct: true }, { correct: false }] };
const multiple: ScorableQuestion = {
  id: 'many',
  type: 'multiple',
  options: [{ correct: true }, {}, { correct: true }, {}, { correct: true }],
};

describe('isAnswerCorrect', () => {
  it('single: only the one right option', () => {
    expect(isAnswerCorrect(single, [1])).toBe(true);
    expect(isAnswerCorrect(single, [0])).toBe(false);
    expect(isAnswerCorrect(single, [1, 2])).toBe(false);
    expect(isAnswerCorrect(single, [])).toBe(false);
  });

  it('multiple: all right options and nothing else, in any order', () => {
    expect(isAnswerCorrect(multiple, [4, 0, 2])).toBe(true);
    expect(isAnswerCorrect(multiple, [0, 2])).toBe(false);
    expect(isAnswerCorrect(multiple, [0, 1, 2, 4])).toBe(false);
    expect(isAnswerCorrect(multiple, [1, 3])).toBe(false);
  });

  it('is false for choices that do not fit the question', () => {
    expect(isAnswerCorrect(single, [7])).toBe(false);
    expect(isAnswerCorrect(multiple, [0, 0, 2, 4])).toBe(false);
  });
});

describe('restoreChoice', () => {
  it('gives back a saved choice in canonical order', () => {
    expect(restoreChoice(multiple, [4, 0])).toEqual([0, 4]);
    expect(restoreChoice(single, [2])).toEqual([2]);
  });

  it('ignores saved choices that no longer fit the bank', () => {
    expect(restoreChoice(single, [3])).toBeNull();
    expect(restoreChoice(single, [0, 1])).toBeNull();
    expect(restoreChoice(single, [])).toBeNull();
    expect(restoreChoice(single, ['1'])).toBeNull();
    expect(restoreChoice(single, undefined)).toBeNull();
    expect(restoreChoice(multiple, [1, 1])).toBeNull();
  });
});

describe('optionVerdict', () => {
  it('marks right options, and wrong ones the reader chose', () => {
    expect([0, 1, 2, 3, 4].map((index) => optionVerdict(multiple, index, [0, 1]))).toEqual([
      'right-chosen',
      'wrong-chosen',
      'right-missed',
      'wrong',
      'right-missed',
    ]);
  });
});

describe('scoreQuiz', () => {
  it('counts right answers and checked questions', () => {
    expect(correctIndexes(multiple)).toEqual([0, 2, 4]);
    expect(scoreQuiz([single, multiple], undefined)).toEqual({ correct: 0, checked: 0, total: 2 });
    expect(scoreQuiz([single, multiple], { one: { chosen: [1] } })).toEqual({ correct: 1, checked: 1, total: 2 });
    expect(scoreQuiz([single, multiple], { one: { chosen: [1] }, many: { chosen: [0, 2] } })).toEqual({ correct: 1, checked: 2, total: 2 });
    expect(scoreQuiz([single, multiple], { one: { chosen: [0] }, many: { chosen: [0, 2, 4] } })).toEqual({ correct: 1, checked: 2, total: 2 });
  });

  it('ignores answers to questions that are gone or changed', () => {
    expect(scoreQuiz([single], { removed: { chosen: [0] }, one: { chosen: [9] } })).toEqual({ correct: 0, checked: 0, total: 1 });
    expect(scoreQuiz([{ ...single, id: 'constructor' }], {})).toEqual({ correct: 0, checked: 0, total: 1 });
  });
});
