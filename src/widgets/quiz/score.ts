import type { QuestionType } from './schema';

/**
 * Pure quiz logic shared by the <esxi-quiz> element and the progress store:
 * is an answer right, does a saved answer still fit the question, what is the score.
 * Answers are option indexes (0-based, in the order the bank lists them).
 */

/** What scoring needs to know about a question; a full `QuizQuestion` fits. */
export interface ScorableQuestion {
  id: string;
  type: QuestionType;
  options: readonly { correct?: boolean }[];
}

/** A saved answer, as far as scoring cares. */
export interface ChosenAnswer {
  chosen: readonly number[];
}

export interface QuizScore {
  /** Questions whose checked answer is right. */
  correct: number;
  /** Questions with a checked answer that still fits the question. */
  checked: number;
  /** Questions in the bank. */
  total: number;
}

export type OptionVerdict = 'right-chosen' | 'right-missed' | 'wrong-chosen' | 'wrong';

export function correctIndexes(question: ScorableQuestion): number[] {
  const indexes: number[] = [];
  question.options.forEach((option, index) => {
    if (option.correct === true) indexes.push(index);
  });
  return indexes;
}

/** Sorted, without duplicates; the canonical form answers are stored in. */
export function normalizeChoice(chosen: Iterable<number>): number[] {
  return [...new Set(chosen)].sort((a, b) => a - b);
}

/**
 * A saved choice if it still makes sense for this question (indexes exist, at least one,
 * exactly one for a single-answer question), in canonical form; otherwise null. This keeps
 * progress saved against an older version of a bank from showing a wrong checked state.
 */
export function restoreChoice(question: ScorableQuestion, chosen: unknown): number[] | null {
  if (!Array.isArray(chosen) || chosen.length === 0) return null;
  const valid = chosen.every(
    (index) => typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < question.options.length,
  );
  if (!valid) return null;
  const normalized = normalizeChoice(chosen as number[]);
  if (normalized.length !== chosen.length) return null;
  if (question.type === 'single' && normalized.length !== 1) return null;
  return normalized;
}

/** Right when the chosen options are exactly the correct ones: all of them, and nothing else. */
export function isAnswerCorrect(question: ScorableQuestion, chosen: readonly number[]): boolean {
  const choice = restoreChoice(question, chosen);
  if (!choice) return false;
  const right = correctIndexes(question);
  return right.length === choice.length && right.every((index, i) => choice[i] === index);
}

/** How one option should be marked once its question is checked. */
export function optionVerdict(question: ScorableQuestion, index: number, chosen: readonly number[]): OptionVerdict {
  const right = question.options[index]?.correct === true;
  const picked = chosen.includes(index);
  if (right) return picked ? 'right-chosen' : 'right-missed';
  return picked ? 'wrong-chosen' : 'wrong';
}

/**
 * Scores saved answers against the bank as it is now. Answers to questions that no longer
 * exist, or that no longer fit their question, do not count.
 */
export function scoreQuiz(
  questions: readonly ScorableQuestion[],
  answers: Readonly<Record<string, ChosenAnswer | undefined>> | undefined,
): QuizScore {
  let correct = 0;
  let checked = 0;
  for (const question of questions) {
    const saved = answers && Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    const choice = saved ? restoreChoice(question, saved.chosen) : null;
    if (!choice) continue;
    checked += 1;
    if (isAnswerCorrect(question, choice)) correct += 1;
  }
  return { correct, checked, total: questions.length };
}
