import { describe, expect, it } from 'vitest';
import { nextDue, reviewQueue } from './queue';

const record = (due: number, correct = false) => ({ history: [{ at: 0, correct }], box: correct ? 2 : 1, due });

describe('the review queue', () => {
  const review = { 'a/late': record(50), 'a/missed': record(10), 'b/later': record(500, true), 'gone/q': record(1) };
  const known = new Set(['a/late', 'a/missed', 'b/later']);

  it('asks the questions due now, most overdue first, and none a bank no longer has', () => {
    expect(reviewQueue(review, 100, known)).toEqual(['a/missed', 'a/late']);
    expect(reviewQueue(review, 5, known)).toEqual([]);
    expect(reviewQueue(review, 1_000, known)).toEqual(['a/missed', 'a/late', 'b/later']);
  });

  it('says when the next one falls due', () => {
    expect(nextDue(review, 100, known)).toBe(500);
    expect(nextDue(review, 1_000, known)).toBeUndefined();
    expect(nextDue({}, 0, known)).toBeUndefined();
  });
});
