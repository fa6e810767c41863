import { isProgressId, isRecord, isTimestamp } from './checks';
import { MAX_HISTORY, withAnswer } from './history';
import { TOP_BOX } from './schedule';
import type { Progress, QuestionRecord, QuizProgress } from './format';

/**
 * The review part of reader progress (`progress.review`, format version 4): for each question
 * answered anywhere (`bank/question-id`), its answers over time and its Leitner box. Validated
 * like the rest of ./format.ts: every readable question is kept, the others are named.
 */

export function salvageReview(value: unknown, dropped: string[]): Record<string, QuestionRecord> {
  if (value === undefined) return {};
  if (!isRecord(value)) {
    dropped.push('review is not an object');
    return {};
  }
  const kept: [string, QuestionRecord][] = [];
  for (const [key, entry] of Object.entries(value)) {
    const record = isProgressId(key) ? salvageRecord(entry) : undefined;
    if (record) kept.push([key, record]);
    else dropped.push(`review.${key} is not a question's history`);
  }
  return Object.fromEntries(kept);
}

/** A question's record is kept whole or not at all: a box without its history means nothing. */
function salvageRecord(value: unknown): QuestionRecord | undefined {
  if (!isRecord(value) || Object.keys(value).some((key) => key !== 'history' && key !== 'box' && key !== 'due')) return undefined;
  const { history, box, due } = value;
  if (!Array.isArray(history) || history.length === 0 || history.length > MAX_HISTORY) return undefined;
  const answers = history.every((entry) => isRecord(entry) && isTimestamp(entry.at) && typeof entry.correct === 'boolean' && Object.keys(entry).length === 2);
  if (!answers || !Number.isInteger(box) || (box as number) < 1 || (box as number) > TOP_BOX || !isTimestamp(due)) return undefined;
  return { history: history.map(({ at, correct }) => ({ at, correct })), box: box as number, due };
}

/**
 * The review part of a value saved before version 4, from its quiz answers: each checked answer
 * becomes its question's history (an answer saved without its time, before version 2, counts
 * as given long ago, so a missed one is due at once).
 */
export function reviewFromQuizzes(quizzes: Readonly<Record<string, QuizProgress>>): Progress['review'] {
  let progress = { review: {} } as Progress;
  for (const [bank, quiz] of Object.entries(quizzes)) {
    for (const [id, answer] of Object.entries(quiz.answers)) progress = withAnswer(progress, `${bank}/${id}`, answer.correct, answer.checkedAt ?? 0);
  }
  return progress.review;
}
