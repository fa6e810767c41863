/**
 * Spaced review on a Leitner schedule: each question sits in a box from 1 to 5, and the higher
 * its box, the longer until it is asked again. A right answer moves it up a box (a question
 * answered for the first time starts from below box 1), a wrong one sends it back to box 1, due
 * at once. Pure: the time comes in, nothing is read from a clock.
 */

/** Days until a question in box 1..5 is due again. */
export const BOX_DAYS = [1, 2, 4, 8, 16] as const;
export const DAY_MS = 86_400_000;
export const TOP_BOX = BOX_DAYS.length;

export interface ReviewState {
  /** 1..5 */
  box: number;
  /** When it is due again (`Date.now()` scale); due at once when `due <= now`. */
  due: number;
}

/**
 * Where an answer given at `at` puts a question. A right answer never brings its due time
 * forward (answered early, it keeps the later of the two), a wrong one makes it due at `at`.
 */
export function schedule(state: ReviewState | undefined, correct: boolean, at: number): ReviewState {
  if (!correct) return { box: 1, due: at };
  const box = Math.min(TOP_BOX, (state?.box ?? 0) + 1);
  return { box, due: Math.max(state?.due ?? 0, at + BOX_DAYS[box - 1]! * DAY_MS) };
}
