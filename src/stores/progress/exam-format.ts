import { normalizeChoice } from '../../widgets/quiz/score';
import { isChoice, isProgressId, isRecord, isSeed, isTimestamp } from './checks';

/**
 * The practice exam's part of reader progress (`progress.exam`, format version 3): the attempt
 * in progress or last submitted, and the last few results. Validation keeps every part that
 * can be read and names what it drops, like the rest of ./format.ts.
 */

/**
 * How many finished results are kept, newest last: room for two devices' histories to be
 * combined by an import (./merge.ts) without dropping recent ones.
 */
export const MAX_EXAM_RESULTS = 20;
/** The most questions an attempt may hold (far more than every bank together). */
const MAX_EXAM_QUESTIONS = 1000;

export interface ExamAttempt {
  /** The seed the questions were drawn with (an unsigned 32-bit integer). */
  seed: number;
  /** The drawn questions in the order shown, as `bank/question-id` keys. */
  questions: string[];
  /** `Date.now()` at the start, and the wall-clock moment time runs out. */
  startedAt: number;
  deadline: number;
  /** Question key -> chosen option indexes (sorted). An unanswered question has no entry. */
  answers: Record<string, number[]>;
  /** The questions the reader flagged for review, in the order flagged (absent: none). */
  flagged?: string[];
  /** Set once the exam is submitted, by the reader or by the clock (`timedOut`). */
  submittedAt?: number;
  timedOut?: boolean;
}

export interface ExamResult {
  finishedAt: number;
  correct: number;
  total: number;
  timedOut: boolean;
}

export interface ExamProgress {
  attempt?: ExamAttempt;
  /** The last results, oldest first, at most MAX_EXAM_RESULTS. */
  results: ExamResult[];
}

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_EXAM_QUESTIONS;

function unknownFields(value: Record<string, unknown>, known: readonly string[], where: string, dropped: string[]) {
  for (const key of Object.keys(value)) if (!known.includes(key)) dropped.push(`${where}: unknown field "${key}"`);
}

/** Keeps what can be read of a stored `exam` value; undefined when nothing of it is left. */
export function salvageExam(value: unknown, dropped: string[]): ExamProgress | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    dropped.push('exam is not an object');
    return undefined;
  }
  unknownFields(value, ['attempt', 'results'], 'exam', dropped);
  const exam: ExamProgress = { results: salvageResults(value.results, dropped) };
  const attempt = value.attempt === undefined ? undefined : salvageAttempt(value.attempt);
  if (attempt) exam.attempt = attempt;
  else if (value.attempt !== undefined) dropped.push('exam.attempt is not an exam attempt');
  return exam.attempt || exam.results.length > 0 ? exam : undefined;
}

function salvageResults(value: unknown, dropped: string[]): ExamResult[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    dropped.push('exam.results is not a list');
    return [];
  }
  const results: ExamResult[] = [];
  value.forEach((entry, index) => {
    const ok =
      isRecord(entry) &&
      isTimestamp(entry.finishedAt) &&
      isCount(entry.correct) &&
      isCount(entry.total) &&
      entry.total > 0 &&
      entry.correct <= entry.total &&
      typeof entry.timedOut === 'boolean' &&
      Object.keys(entry).length === 4;
    if (ok) results.push({ finishedAt: entry.finishedAt as number, correct: entry.correct as number, total: entry.total as number, timedOut: entry.timedOut as boolean });
    else dropped.push(`exam.results[${index}] is not a result`);
  });
  return results.slice(-MAX_EXAM_RESULTS);
}

/** An attempt is kept whole or not at all: half an attempt cannot be resumed honestly. */
export function salvageAttempt(value: unknown): ExamAttempt | undefined {
  if (!isRecord(value)) return undefined;
  const { seed, questions, startedAt, deadline, answers, flagged, submittedAt, timedOut } = value;
  if (Object.keys(value).some((key) => !['seed', 'questions', 'startedAt', 'deadline', 'answers', 'flagged', 'submittedAt', 'timedOut'].includes(key))) return undefined;
  if (!isSeed(seed) || !isTimestamp(startedAt) || !isTimestamp(deadline) || deadline <= startedAt) return undefined;
  if (!Array.isArray(questions) || questions.length === 0 || questions.length > MAX_EXAM_QUESTIONS) return undefined;
  if (!questions.every(isProgressId) || new Set(questions).size !== questions.length) return undefined;
  if (!isRecord(answers)) return undefined;
  const kept: [string, number[]][] = [];
  for (const [key, chosen] of Object.entries(answers)) {
    if (!questions.includes(key) || !isChoice(chosen)) return undefined;
    kept.push([key, normalizeChoice(chosen)]);
  }
  if (flagged !== undefined && !isFlagList(flagged, questions)) return undefined;
  if (submittedAt !== undefined && !isTimestamp(submittedAt)) return undefined;
  if (timedOut !== undefined && typeof timedOut !== 'boolean') return undefined;
  const attempt: ExamAttempt = { seed, questions: [...questions], startedAt, deadline, answers: Object.fromEntries(kept) };
  if (Array.isArray(flagged) && flagged.length > 0) attempt.flagged = [...flagged];
  if (submittedAt !== undefined) attempt.submittedAt = submittedAt;
  if (timedOut !== undefined) attempt.timedOut = timedOut;
  return attempt;
}

/** Flags name drawn questions, each once. */
function isFlagList(value: unknown, questions: readonly string[]): value is string[] {
  return Array.isArray(value) && value.every((key) => typeof key === 'string' && questions.includes(key)) && new Set(value).size === value.length;
}
