import { EXAM_TEXT } from './strings';

/**
 * Pure parts of the exam's navigator (answered / flagged / not answered, while it runs) and of
 * its review filter (every question, only the wrong ones, only the flagged ones, or both).
 */

export interface NavigatorItem {
  number: number;
  answered: boolean;
  flagged: boolean;
  /** The button's accessible name: its number, then its state in words. */
  label: string;
}

export function navigatorItems(keys: readonly string[], answers: Readonly<Record<string, unknown>>, flagged: readonly string[]): NavigatorItem[] {
  return keys.map((key, index) => {
    const answered = Object.hasOwn(answers, key);
    const isFlagged = flagged.includes(key);
    return { number: index + 1, answered, flagged: isFlagged, label: EXAM_TEXT.navigatorItem(index + 1, answered, isFlagged) };
  });
}

export const REVIEW_FILTERS = ['all', 'wrong', 'flagged', 'wrong-or-flagged'] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];

export function isReviewFilter(value: unknown): value is ReviewFilter {
  return REVIEW_FILTERS.includes(value as ReviewFilter);
}

/** Whether a question of the review is shown under a filter (unanswered counts as wrong). */
export function shownUnder(filter: ReviewFilter, question: { right: boolean; flagged: boolean }): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'wrong':
      return !question.right;
    case 'flagged':
      return question.flagged;
    case 'wrong-or-flagged':
      return !question.right || question.flagged;
  }
}
