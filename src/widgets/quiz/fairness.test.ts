import { describe, expect, it } from 'vitest';
import { longestRightIds, rightFirstIds, rightIsSingleLongest, rightLengthRankCounts, rightPositionCounts, tooFewOrManyOptionsIds } from './fairness';
import type { QuizQuestion } from './schema';

type Question = Pick<QuizQuestion, 'id' | 'type' | 'options'>;

/** A single-choice question from option texts; `right` is the index of the right one. */
const single = (id: string, texts: string[], right: number): Question => ({
  id,
  type: 'single',
  options: texts.map((text, index) => ({ text, explanation: 'x', ...(index === right ? { correct: true } : {}) })),
});

const multiple = (id: string, rights: boolean[]): Question => ({
  id,
  type: 'multiple',
  options: rights.map((correct, index) => ({ text: `option ${index}`, explanation: 'x', ...(correct ? { correct } : {}) })),
});

describe('rightIsSingleLongest', () => {
  it('is true only when the right answer is strictly longer than every other option', () => {
    expect(rightIsSingleLongest(single('a', ['The highest updated value', 'build', 'bootstate'], 0))).toBe(true);
    expect(rightIsSingleLongest(single('b', ['updated', 'The highest bootstate value', 'build'], 0))).toBe(false);
    // A tie for longest gives nothing away.
    expect(rightIsSingleLongest(single('c', ['port 443', 'port 902', '22'], 0))).toBe(false);
    // Surrounding spaces do not count.
    expect(rightIsSingleLongest(single('d', ['vdf -h', '   df -h        '], 1))).toBe(false);
  });
});

describe('longestRightIds', () => {
  it('names the single-choice questions a "pick the longest" habit would win', () => {
    const bank = [single('long', ['a right answer that is long', 'short', 'tiny'], 0), single('fair', ['short', 'a distractor that is long'], 0), multiple('multi', [true, true, false])];
    expect(longestRightIds(bank)).toEqual(['long']);
  });
});

describe('rightPositionCounts', () => {
  it('counts where the right answer sits in single-choice questions', () => {
    const bank = [single('a', ['1', '2', '3', '4'], 0), single('b', ['1', '2', '3', '4'], 2), single('c', ['1', '2', '3', '4'], 2), multiple('m', [true, true, false])];
    expect(rightPositionCounts(bank)).toEqual([1, 0, 2]);
  });
});

describe('rightLengthRankCounts', () => {
  it('counts how many options are shorter than the right answer, so "pick the shortest" shows as rank 0', () => {
    const bank = [
      single('shortest', ['F2', 'Alt+F12', 'Alt+F11'], 0),
      single('also-shortest', ['ash', 'bash shell', 'PowerShell'], 0),
      single('middle', ['vdf -h', 'df -h', 'cat /bootbank/boot.cfg'], 0),
      single('tie', ['port 443', 'port 902', '22'], 0),
      multiple('m', [true, true, false]),
    ];
    expect(rightLengthRankCounts(bank)).toEqual([2, 2]);
  });
});

describe('rightFirstIds', () => {
  it('names the multiple-choice questions whose right options all come first', () => {
    const bank = [multiple('first', [true, true, false, false]), multiple('all', [true, true, true]), multiple('spread', [false, true, false, true]), multiple('gap', [true, false, true])];
    expect(rightFirstIds(bank)).toEqual(['first', 'all']);
  });
});

describe('tooFewOrManyOptionsIds', () => {
  it('names single-choice questions without 4 or 5 options; multiple-choice may have 3', () => {
    const bank = [single('three', ['1', '2', '3'], 1), single('four', ['1', '2', '3', '4'], 1), single('six', ['1', '2', '3', '4', '5', '6'], 1), multiple('m', [true, true, false])];
    expect(tooFewOrManyOptionsIds(bank)).toEqual(['three', 'six']);
  });
});
