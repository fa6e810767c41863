import { schedule } from './schedule';
import type { Progress, QuestionRecord } from './format';
import { own } from './checks';

/** How many answers each question keeps, newest last: enough for mastery and a review's story. */
export const MAX_HISTORY = 20;

/**
 * The progress with one more answer to a question (its `bank/question-id` key), given at `at`
 * in a quiz, the exam or a review: added to its history and moved on the review schedule.
 */
export function withAnswer(progress: Progress, key: string, correct: boolean, at: number): Progress {
  const old = own(progress.review, key);
  const record: QuestionRecord = {
    history: [...(old?.history ?? []), { at, correct }].slice(-MAX_HISTORY),
    ...schedule(old, correct, at),
  };
  return { ...progress, review: { ...progress.review, [key]: record } };
}
