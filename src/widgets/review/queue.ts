import type { QuestionRecord } from '../../stores/progress/format';

/**
 * Which questions spaced review asks now, from each question's record (its Leitner box and due
 * time, ../../stores/progress/schedule.ts): those due, most overdue first. Questions no longer in
 * the pool (a bank changed) are left out. Pure.
 */
export function reviewQueue(review: Readonly<Record<string, QuestionRecord>>, now: number, known: ReadonlySet<string>): string[] {
  return Object.entries(review)
    .filter(([key, record]) => known.has(key) && record.due <= now)
    .sort(([a, x], [b, y]) => x.due - y.due || (a < b ? -1 : a > b ? 1 : 0))
    .map(([key]) => key);
}

/** When the next question falls due, after `now`; undefined when none will. */
export function nextDue(review: Readonly<Record<string, QuestionRecord>>, now: number, known: ReadonlySet<string>): number | undefined {
  const later = Object.entries(review).filter(([key, record]) => known.has(key) && record.due > now).map(([, record]) => record.due);
  return later.length > 0 ? Math.min(...later) : undefined;
}
