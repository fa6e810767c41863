import { normalizeChoice } from '../../widgets/quiz/score';
import { isChoice, isProgressId, isRecord, isSeed, isTimestamp } from './checks';
import { salvageExam, type ExamProgress } from './exam-format';
import { reviewFromQuizzes, salvageReview } from './review-format';

export { isChoice, isProgressId, isSeed, own } from './checks';
export * from './exam-format';

/**
 * Reader progress: checked quiz answers and finished scenarios, kept in localStorage as
 * versioned JSON. Loading never throws and never loses progress: whatever can be read is
 * kept, anything else is dropped only after the original text is copied to a backup key,
 * and a value written by a newer version of the site is left untouched.
 */

/**
 * 2 added `exam`; 3 added each quiz's option-order `seed` and the exam attempt's `flagged`
 * questions (both optional, so a version 1 or 2 value reads as version 3 as it is); 4 added
 * `review`, each question's answers over time and its review box, which an earlier value gets
 * from its quiz answers.
 */
export const PROGRESS_VERSION = 4;
/** Every earlier version, read quietly as the current one (see `parseProgress`). */
export const EARLIER_VERSIONS: readonly number[] = [1, 2, 3];
export { PROGRESS_BACKUP_KEY, PROGRESS_EVENT, PROGRESS_KEY } from './keys';

// the stored format (v4)

/** A checked answer: the chosen option indexes (0-based, sorted) and whether they were right. */
export interface QuizAnswer {
  chosen: number[];
  correct: boolean;
  /** `Date.now()` when it was checked. */
  checkedAt?: number;
}

export interface QuizProgress {
  /** Question id -> the last checked answer. A question without an entry is not checked. */
  answers: Record<string, QuizAnswer>;
  /**
   * The reader's own option order for this bank (an unsigned 32-bit seed), made when the quiz is
   * first shown and made anew when it is reset; absent in values saved before version 3.
   */
  seed?: number;
}

export interface ScenarioProgress {
  completed: true;
  completedAt?: number;
}

/** One answer to a question, in a quiz, the exam or a review. */
export interface AnswerEvent {
  /** `Date.now()` when it was given (0: before version 2, when answers had no time). */
  at: number;
  correct: boolean;
}

/** What the reader has answered of one question, and when the review page asks it again. */
export interface QuestionRecord {
  /** Oldest first, at most MAX_HISTORY (./history.ts); never empty. */
  history: AnswerEvent[];
  /** Its Leitner box (1..5) and when it is due again (./schedule.ts). */
  box: number;
  due: number;
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  /** Quiz bank id (the file name in content/quizzes) -> progress in that bank. */
  quizzes: Record<string, QuizProgress>;
  /** Scenario id -> finished. */
  scenarios: Record<string, ScenarioProgress>;
  /** The practice exam: absent until the reader starts one. */
  exam?: ExamProgress;
  /** Question key (`bank/question-id`) -> its answers and review box. */
  review: Record<string, QuestionRecord>;
}

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, quizzes: {}, scenarios: {}, review: {} };
}

// reading a stored value

export type ParseOutcome =
  /** Nothing stored yet. */
  | { status: 'empty'; progress: Progress }
  /** Read in full. */
  | { status: 'ok'; progress: Progress }
  /** Read in part: `progress` holds every valid part, `dropped` says what was left out. */
  | { status: 'partial'; progress: Progress; dropped: string[] }
  /** Nothing could be read (not JSON, not an object). */
  | { status: 'unreadable'; progress: Progress; dropped: string[] }
  /** Written by a newer version of the site: not ours to interpret or overwrite. */
  | { status: 'newer'; progress: Progress; version: number };

/** Interprets the stored text. Pure, and never throws. */
export function parseProgress(raw: string | null): ParseOutcome {
  if (raw === null) return { status: 'empty', progress: emptyProgress() };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { status: 'unreadable', progress: emptyProgress(), dropped: ['the saved text is not JSON'] };
  }
  if (!isRecord(value)) {
    return { status: 'unreadable', progress: emptyProgress(), dropped: ['the saved value is not an object'] };
  }
  const version = value.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > PROGRESS_VERSION) {
    return { status: 'newer', progress: emptyProgress(), version };
  }
  // Earlier versions lack only optional parts, so they read as they are. A missing or unknown
  // older version is read as the current one too, keeping whatever fits.
  const { progress, dropped } = salvageProgress(value, version === PROGRESS_VERSION);
  if (version !== PROGRESS_VERSION && !EARLIER_VERSIONS.includes(version as number)) dropped.unshift(`version ${JSON.stringify(version) ?? 'missing'} is not ${PROGRESS_VERSION}`);
  return dropped.length === 0 ? { status: 'ok', progress } : { status: 'partial', progress, dropped };
}

/**
 * Keeps every valid part of a value of any version; lists the parts it left out. A value of an
 * earlier version (`current` false) gets its review part from its quiz answers.
 */
export function salvageProgress(value: Record<string, unknown>, current = true): { progress: Progress; dropped: string[] } {
  const dropped: string[] = [];
  for (const key of Object.keys(value)) {
    if (!['version', 'quizzes', 'scenarios', 'exam', 'review'].includes(key)) dropped.push(`unknown field "${key}"`);
  }
  const quizzes = salvageRecord(value.quizzes, 'quizzes', dropped, salvageQuiz);
  const progress: Progress = {
    version: PROGRESS_VERSION,
    quizzes,
    scenarios: salvageRecord(value.scenarios, 'scenarios', dropped, salvageScenario),
    review: current ? salvageReview(value.review, dropped) : reviewFromQuizzes(quizzes),
  };
  if (!current && value.review !== undefined) dropped.push('review is not part of an earlier version');
  const exam = salvageExam(value.exam, dropped);
  if (exam) progress.exam = exam;
  return { progress, dropped };
}

function salvageRecord<T>(
  value: unknown,
  where: string,
  dropped: string[],
  salvage: (entry: unknown, where: string, dropped: string[]) => T | undefined,
): Record<string, T> {
  if (value === undefined) return {};
  if (!isRecord(value)) {
    dropped.push(`${where} is not an object`);
    return {};
  }
  const entries: [string, T][] = [];
  for (const [id, entry] of Object.entries(value)) {
    if (!isProgressId(id)) {
      dropped.push(`${where}: invalid id ${JSON.stringify(id)}`);
      continue;
    }
    const kept = salvage(entry, `${where}.${id}`, dropped);
    if (kept !== undefined) entries.push([id, kept]);
  }
  return Object.fromEntries(entries);
}

function salvageQuiz(value: unknown, where: string, dropped: string[]): QuizProgress | undefined {
  if (!isRecord(value)) {
    dropped.push(`${where} is not an object`);
    return undefined;
  }
  for (const key of Object.keys(value)) if (key !== 'answers' && key !== 'seed') dropped.push(`${where}: unknown field "${key}"`);
  const quiz: QuizProgress = { answers: salvageRecord(value.answers, `${where}.answers`, dropped, salvageAnswer) };
  if (isSeed(value.seed)) quiz.seed = value.seed;
  else if (value.seed !== undefined) dropped.push(`${where}.seed is not a seed`);
  return quiz;
}

function salvageAnswer(value: unknown, where: string, dropped: string[]): QuizAnswer | undefined {
  if (!isRecord(value) || !isChoice(value.chosen) || typeof value.correct !== 'boolean') {
    dropped.push(`${where} is not an answer`);
    return undefined;
  }
  const answer: QuizAnswer = { chosen: normalizeChoice(value.chosen), correct: value.correct };
  if (isTimestamp(value.checkedAt)) answer.checkedAt = value.checkedAt;
  else if (value.checkedAt !== undefined) dropped.push(`${where}.checkedAt is not a time`);
  for (const key of Object.keys(value)) {
    if (key !== 'chosen' && key !== 'correct' && key !== 'checkedAt') dropped.push(`${where}: unknown field "${key}"`);
  }
  return answer;
}

function salvageScenario(value: unknown, where: string, dropped: string[]): ScenarioProgress | undefined {
  if (!isRecord(value) || value.completed !== true) {
    dropped.push(`${where} is not a finished scenario`);
    return undefined;
  }
  const scenario: ScenarioProgress = { completed: true };
  if (isTimestamp(value.completedAt)) scenario.completedAt = value.completedAt;
  else if (value.completedAt !== undefined) dropped.push(`${where}.completedAt is not a time`);
  for (const key of Object.keys(value)) {
    if (key !== 'completed' && key !== 'completedAt') dropped.push(`${where}: unknown field "${key}"`);
  }
  return scenario;
}

