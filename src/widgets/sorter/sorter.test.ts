import { describe, expect, it } from 'vitest';
import { EXAMPLES, KINDS, type SorterExample } from './examples';
import { check, choose, feedbackParts, feedbackText, isKind, scoreOf, scoreText, summaryText, verdictOf, type Checked } from './sorter';

const atari = EXAMPLES.find((example) => example.id === 'atari')!;
const none: Checked = new Map();

describe('examples', () => {
  it('has about eight examples with unique, hyphenated ids', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(6);
    expect(EXAMPLES.length).toBeLessThanOrEqual(12);
    const ids = EXAMPLES.map((example) => example.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('uses every kind, and every example has a one-sentence explanation', () => {
    expect(new Set(EXAMPLES.map((example) => example.answer))).toEqual(new Set(KINDS));
    for (const example of EXAMPLES) {
      expect(example.text.trim()).not.toBe('');
      expect(example.why).toMatch(/^[A-Z].*\.$/);
      expect(example.why.slice(0, -1)).not.toMatch(/\.\s/);
    }
  });

  it('keeps the write-up\u2019s examples', () => {
    const answerOf = (id: string) => EXAMPLES.find((example) => example.id === id)?.answer;
    expect(answerOf('atari')).toBe('emulation');
    expect(answerOf('netapp')).toBe('simulation');
    expect(answerOf('flight')).toBe('simulation');
    expect(answerOf('esxi-vms')).toBe('virtualization');
  });
});

describe('verdicts and feedback', () => {
  it('tells right, wrong and unanswered apart', () => {
    expect(verdictOf(atari, 'emulation')).toBe('right');
    expect(verdictOf(atari, 'simulation')).toBe('wrong');
    expect(verdictOf(atari, null)).toBe('unanswered');
  });

  it('explains a right answer', () => {
    expect(feedbackText(atari, 'emulation')).toBe(`Right: ${atari.why}`);
  });

  it('names the right kind when the answer is wrong', () => {
    expect(feedbackText(atari, 'virtualization')).toBe(`Not quite: this is emulation. ${atari.why}`);
  });

  it('splits the verdict from the reason', () => {
    expect(feedbackParts(atari, 'emulation')).toEqual({ verdict: 'Right:', reason: atari.why });
    expect(feedbackParts(atari, 'simulation')).toEqual({ verdict: 'Not quite:', reason: `this is emulation. ${atari.why}` });
    expect(feedbackParts(atari, null).verdict).toBe('');
  });

  it('asks for a choice first', () => {
    expect(feedbackText(atari, null)).toMatch(/^Choose emulation, simulation or virtualization first/);
  });

  it('recognises only the three kinds', () => {
    expect(isKind('simulation')).toBe(true);
    expect(isKind('Simulation')).toBe(false);
    expect(isKind(null)).toBe(false);
  });
});

describe('checking and scoring', () => {
  const two: SorterExample[] = [atari, { id: 'vm', text: 'A VM', answer: 'virtualization', why: 'Because.' }];

  it('scores only checked answers', () => {
    expect(scoreOf(two, none)).toEqual({ right: 0, checked: 0, total: 2 });
    const once = check(none, 'atari', 'emulation');
    expect(scoreOf(two, once)).toEqual({ right: 1, checked: 1, total: 2 });
    const both = check(once, 'vm', 'simulation');
    expect(scoreOf(two, both)).toEqual({ right: 1, checked: 2, total: 2 });
    expect(scoreText(scoreOf(two, both))).toBe('Score: 1 of 2');
  });

  it('does not mutate the previous state', () => {
    const once = check(none, 'atari', 'emulation');
    expect(none.size).toBe(0);
    expect(once.size).toBe(1);
  });

  it('records nothing when checked without a choice', () => {
    const once = check(none, 'atari', 'emulation');
    expect(check(once, 'atari', null).has('atari')).toBe(false);
  });

  it('drops a check when the choice changes, keeps it when it does not', () => {
    const once = check(none, 'atari', 'emulation');
    expect(choose(once, 'atari', 'emulation')).toBe(once);
    expect(choose(once, 'atari', 'simulation').has('atari')).toBe(false);
    expect(choose(once, 'vm', 'simulation')).toBe(once);
  });

  it('summarises a "check my answers"', () => {
    expect(summaryText({ right: 0, checked: 0, total: 9 })).toBe('Choose emulation, simulation or virtualization first. Score: 0 of 9.');
    expect(summaryText({ right: 5, checked: 7, total: 9 })).toBe('7 answers checked, 5 right. 2 examples still without an answer. Score: 5 of 9.');
    expect(summaryText({ right: 1, checked: 1, total: 2 })).toBe('1 answer checked, 1 right. 1 example still without an answer. Score: 1 of 2.');
    expect(summaryText({ right: 9, checked: 9, total: 9 })).toBe('9 answers checked, 9 right. Score: 9 of 9.');
  });
});
