import { EXAM_TEXT } from './strings';

/**
 * The exam's clock arithmetic. The deadline is a wall-clock time stored with the attempt, so a
 * reload or a closed tab does not stop it; everything here is a pure function of it and `now`.
 */

/** Our own practice rule, not VMware's: one minute per question. */
export const MINUTES_PER_QUESTION = 1;
const MINUTE = 60_000;

export function examDurationMs(questionCount: number): number {
  return questionCount * MINUTES_PER_QUESTION * MINUTE;
}

export function deadlineFor(startedAt: number, questionCount: number): number {
  return startedAt + examDurationMs(questionCount);
}

export function remainingMs(deadline: number, now: number): number {
  return Math.max(0, deadline - now);
}

/** `mm:ss`, rounded up to the whole second (so 00:00 means time is up); minutes may pass 99. */
export function formatClock(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`;
}

/** The moments a screen reader hears about (minutes left), from the most to the fewest. */
export const ANNOUNCE_AT_MINUTES = [5, 1] as const;

/**
 * What to announce when the clock goes from `before` to `after` ms left: a sentence when it
 * crossed one of the announced moments (the fewest minutes, if a jump crossed several), '' when
 * it crossed none. Time up is said by the submission itself.
 */
export function announcementBetween(before: number, after: number): string {
  const crossed = ANNOUNCE_AT_MINUTES.filter((minutes) => before > minutes * MINUTE && after <= minutes * MINUTE && after > 0);
  const minutes = crossed.at(-1);
  return minutes === undefined ? '' : EXAM_TEXT.minutesLeft(minutes);
}
