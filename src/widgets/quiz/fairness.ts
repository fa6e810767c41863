import type { QuizOption, QuizQuestion } from './schema';

/**
 * Measures of whether a bank can be gamed without knowing the subject: "always pick the
 * longest" and "always pick the first". The content tests hold every bank to the limits
 * below; the quiz and the exam also shuffle options, but a bank file should not teach a habit.
 */

export const MIN_QUESTIONS_PER_BANK = 25;
/** A single-choice question has 4 or 5 options: three distractors at least, so guessing pays 25% or less. */
export const SINGLE_CHOICE_OPTIONS = { min: 4, max: 5 } as const;
/** In at most this share of a bank's single-choice questions may the right answer be the single longest option. */
export const MAX_LONGEST_RIGHT_SHARE = 0.25;
/**
 * No length rank (shortest, second shortest, ...) may hold the right answer in more than this
 * share of a bank's single-choice questions: shortening right answers must not just turn
 * "pick the longest" into "pick the shortest".
 */
export const MAX_LENGTH_RANK_SHARE = 0.5;
/** No option position may hold the right answer in more than this share of a bank's single-choice questions. */
export const MAX_POSITION_SHARE = 0.5;
/** In at most this share of a bank's multiple-choice questions may the right options be exactly the first ones. */
export const MAX_RIGHT_FIRST_SHARE = 0.5;

type Question = Pick<QuizQuestion, 'id' | 'type' | 'options'>;

const lengthOf = (option: QuizOption) => option.text.trim().length;

/** The right option of a single-choice question is longer than every other (a tie is not). */
export function rightIsSingleLongest(question: Question): boolean {
  const right = question.options.find((option) => option.correct === true);
  if (!right) return false;
  return question.options.every((option) => option === right || lengthOf(option) < lengthOf(right));
}

/** The ids of a bank's single-choice questions whose right answer is the single longest option. */
export function longestRightIds(questions: readonly Question[]): string[] {
  return questions.filter((question) => question.type === 'single' && rightIsSingleLongest(question)).map((question) => question.id);
}

/**
 * How many single-choice questions have their right answer at each length rank: rank 0 when
 * no option is shorter than it, rank 1 when one is, and so on (options of equal length share
 * the lower rank).
 */
export function rightLengthRankCounts(questions: readonly Question[]): number[] {
  const counts: number[] = [];
  for (const question of questions) {
    const right = question.type === 'single' ? question.options.find((option) => option.correct === true) : undefined;
    if (!right) continue;
    const rank = question.options.filter((option) => lengthOf(option) < lengthOf(right)).length;
    counts[rank] = (counts[rank] ?? 0) + 1;
  }
  return Array.from(counts, (count) => count ?? 0);
}

/** How many single-choice questions have their right answer at each position (0-based). */
export function rightPositionCounts(questions: readonly Question[]): number[] {
  const counts: number[] = [];
  for (const question of questions) {
    if (question.type !== 'single') continue;
    const position = question.options.findIndex((option) => option.correct === true);
    if (position >= 0) counts[position] = (counts[position] ?? 0) + 1;
  }
  return Array.from(counts, (count) => count ?? 0);
}

/** The ids of multiple-choice questions whose right options are exactly the first ones. */
export function rightFirstIds(questions: readonly Question[]): string[] {
  return questions
    .filter((question) => question.type === 'multiple')
    .filter((question) => {
      const right = question.options.map((option) => option.correct === true);
      const count = right.filter(Boolean).length;
      return right.every((isRight, index) => isRight === index < count);
    })
    .map((question) => question.id);
}

/** The ids of single-choice questions without 4 or 5 options. */
export function tooFewOrManyOptionsIds(questions: readonly Question[]): string[] {
  const { min, max } = SINGLE_CHOICE_OPTIONS;
  return questions.filter((question) => question.type === 'single' && (question.options.length < min || question.options.length > max)).map((question) => question.id);
}
