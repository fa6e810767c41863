import { normalizeChoice } from '../../widgets/quiz/score';
import { isChoice } from './checks';
import { MAX_EXAM_RESULTS, salvageAttempt, type ExamAttempt, type ExamProgress } from './exam-format';
import type { Progress } from './format';
import { withAnswer } from './history';

export interface ExamActions {
  /** Starts a new attempt (dropping any earlier one; results stay). False when it is not valid. */
  startExam(attempt: Pick<ExamAttempt, 'seed' | 'questions' | 'startedAt' | 'deadline'>): boolean;
  /** Saves the choice for one question of the running attempt; an empty choice clears it. */
  recordExamAnswer(questionKey: string, chosen: readonly number[]): void;
  /** Flags a question of the running attempt for review, or takes its flag off. */
  setExamFlag(questionKey: string, flagged: boolean): void;
  /**
   * Submits the running attempt with its score, and keeps the result; each answered question's
   * verdict (`answered`: question key -> right) joins its history for mastery and spaced review.
   * Does nothing when no attempt is running (another tab submitted it first).
   */
  submitExam(score: { correct: number; total: number }, timedOut: boolean, answered?: Readonly<Record<string, boolean>>): boolean;
  /** Forgets the attempt (to choose a new one); results stay. */
  clearExamAttempt(): void;
}

/** The exam's actions over the progress store's `update` (which reads, changes and saves). */
export function examActions(update: (change: (progress: Progress) => Progress) => void, read: () => Progress, now: () => number): ExamActions {
  const exam = (progress: Progress): ExamProgress => progress.exam ?? { results: [] };
  const withExam = (progress: Progress, next: ExamProgress): Progress => {
    const { exam: _old, ...rest } = progress;
    return next.attempt || next.results.length > 0 ? { ...rest, exam: next } : rest;
  };
  const running = (progress: Progress) => {
    const attempt = exam(progress).attempt;
    return attempt && attempt.submittedAt === undefined ? attempt : undefined;
  };

  return {
    startExam(fields) {
      const attempt = salvageAttempt({ ...fields, answers: {} });
      if (!attempt) return false;
      update((progress) => withExam(progress, { ...exam(progress), attempt }));
      return true;
    },
    recordExamAnswer(questionKey, chosen) {
      update((progress) => {
        const attempt = running(progress);
        if (!attempt || !attempt.questions.includes(questionKey)) return progress;
        const others = Object.entries(attempt.answers).filter(([key]) => key !== questionKey);
        if (isChoice(chosen)) others.push([questionKey, normalizeChoice(chosen)]);
        return withExam(progress, { ...exam(progress), attempt: { ...attempt, answers: Object.fromEntries(others) } });
      });
    },
    setExamFlag(questionKey, flagged) {
      update((progress) => {
        const attempt = running(progress);
        if (!attempt || !attempt.questions.includes(questionKey)) return progress;
        if ((attempt.flagged ?? []).includes(questionKey) === flagged) return progress;
        const others = (attempt.flagged ?? []).filter((key) => key !== questionKey);
        const { flagged: _old, ...rest } = attempt;
        const next = flagged ? [...others, questionKey] : others;
        return withExam(progress, { ...exam(progress), attempt: next.length > 0 ? { ...rest, flagged: next } : rest });
      });
    },
    submitExam(score, timedOut, answered = {}) {
      let submitted = false;
      update((progress) => {
        const attempt = running(progress);
        if (!attempt) return progress;
        submitted = true;
        const finishedAt = now();
        const result = { finishedAt, correct: score.correct, total: score.total, timedOut };
        const next = withExam(progress, {
          attempt: { ...attempt, submittedAt: finishedAt, timedOut },
          results: [...exam(progress).results, result].slice(-MAX_EXAM_RESULTS),
        });
        // Only the attempt's own answered questions: a verdict for anything else is not the reader's.
        const verdicts = Object.entries(answered).filter(([key, right]) => Object.hasOwn(attempt.answers, key) && typeof right === 'boolean');
        return verdicts.reduce((sum, [key, right]) => withAnswer(sum, key, right, finishedAt), next);
      });
      return submitted;
    },
    clearExamAttempt() {
      if (!read().exam?.attempt) return;
      update((progress) => {
        const { attempt: _gone, ...rest } = exam(progress);
        return withExam(progress, rest);
      });
    },
  };
}


