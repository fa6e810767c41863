import { describe, expect, it } from 'vitest';
import { navigatorItems, REVIEW_FILTERS, shownUnder } from './review';
import { passes, scaledScore } from './scaled';
import { EXAM_TEXT } from './strings';

describe('navigatorItems', () => {
  it('numbers the questions and names each one\'s state in words', () => {
    const items = navigatorItems(['a/1', 'b/2', 'c/3'], { 'a/1': [0], 'c/3': [1] }, ['b/2', 'c/3']);
    expect(items.map((item) => item.label)).toEqual([
      'Question 1: answered',
      'Question 2: not answered, flagged for review',
      'Question 3: answered, flagged for review',
    ]);
    expect(items.map((item) => [item.number, item.answered, item.flagged])).toEqual([
      [1, true, false],
      [2, false, true],
      [3, true, true],
    ]);
  });
});

describe('the review filter', () => {
  const cases = [
    { right: true, flagged: false },
    { right: false, flagged: false },
    { right: true, flagged: true },
    { right: false, flagged: true },
  ];
  it('shows every question, the wrong ones, the flagged ones, or either', () => {
    const shown = Object.fromEntries(REVIEW_FILTERS.map((filter) => [filter, cases.map((state) => shownUnder(filter, state))]));
    expect(shown).toEqual({
      all: [true, true, true, true],
      wrong: [false, true, false, true],
      flagged: [false, false, true, true],
      'wrong-or-flagged': [false, true, true, true],
    });
  });
});

describe('the scaled score', () => {
  it('scales the share of right answers to 500, and passes at 300 (60%)', () => {
    expect(scaledScore(10, 10)).toBe(500);
    expect(scaledScore(0, 10)).toBe(0);
    expect(scaledScore(6, 10)).toBe(300);
    expect(passes(6, 10)).toBe(true);
    expect(passes(5, 10)).toBe(false);
    expect(scaledScore(50, 85)).toBe(294);
    expect(passes(50, 85)).toBe(false);
    expect(passes(51, 85)).toBe(true);
    expect(scaledScore(0, 0)).toBe(0);
  });
});

describe('blueprint tags in words', () => {
  it('names VCP-410 objectives, 4.1\'s own topics, and leaves anything else as it is', () => {
    expect(EXAM_TEXT.blueprint('vcp410:2.1')).toBe('VCP-410 objective 2.1');
    expect(EXAM_TEXT.blueprint('delta41')).toBe('new in 4.1, beyond the VCP-410');
    expect(EXAM_TEXT.blueprint('vcp410:')).toBe('vcp410:');
  });
});
