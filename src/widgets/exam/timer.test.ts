import { describe, expect, it } from 'vitest';
import { announcementBetween, deadlineFor, examDurationMs, formatClock, remainingMs } from './timer';

const minute = 60_000;

describe('the exam clock', () => {
  it('gives one minute per question from the start', () => {
    expect(examDurationMs(10)).toBe(10 * minute);
    expect(deadlineFor(1_000, 25)).toBe(1_000 + 25 * minute);
  });

  it('counts down to zero and never below', () => {
    expect(remainingMs(10 * minute, 4 * minute)).toBe(6 * minute);
    expect(remainingMs(10 * minute, 11 * minute)).toBe(0);
  });

  it('shows mm:ss, rounding up to the whole second', () => {
    expect(formatClock(10 * minute)).toBe('10:00');
    expect(formatClock(9 * minute + 59_001)).toBe('10:00');
    expect(formatClock(9 * minute + 59_000)).toBe('09:59');
    expect(formatClock(61_000)).toBe('01:01');
    expect(formatClock(500)).toBe('00:01');
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(-5)).toBe('00:00');
    expect(formatClock(105 * minute)).toBe('105:00');
  });

  it('announces 5 minutes and 1 minute left once each, not every second', () => {
    expect(announcementBetween(5 * minute + 1_000, 5 * minute)).toBe('5 minutes left.');
    expect(announcementBetween(5 * minute, 5 * minute - 1_000)).toBe('');
    expect(announcementBetween(61_000, 60_000)).toBe('1 minute left.');
    expect(announcementBetween(9 * minute, 9 * minute - 1_000)).toBe('');
    // A jump (the tab slept) across both says the nearer one only.
    expect(announcementBetween(8 * minute, 30_000)).toBe('1 minute left.');
    // Time up is announced by the submission, not here.
    expect(announcementBetween(30_000, 0)).toBe('');
  });
});
