import { atom, type ReadableAtom } from 'nanostores';
import { scoreQuiz, normalizeChoice, type QuizScore, type ScorableQuestion } from '../../widgets/quiz/score';
import { readItem, writeItem, type StorageLike } from '../storage';
import { emptyProgress, isChoice, isProgressId, own, parseProgress, PROGRESS_BACKUP_KEY, PROGRESS_KEY, type Progress, type QuizAnswer, type QuizProgress, type ScenarioProgress } from './format';
import { withAnswer } from './history';
import { PROGRESS_MESSAGES, type ProgressNotice, type ProgressNoticeKind } from './notices';


export interface ProgressStoreOptions {
  /**
   * Where progress persists. `undefined`: nowhere, by design (the server build, tests), with
   * no notice. `null`: the browser refused storage, so progress lives in memory and the
   * reader is told it will not be saved.
   */
  storage?: StorageLike | null;
  key?: string;
  backupKey?: string;
  /** The clock for `checkedAt` and `completedAt`. */
  now?: () => number;
  /** Where new option-order seeds come from (an unsigned 32-bit integer each). */
  newSeed?: () => number;
}

/** A fresh unsigned 32-bit seed from the browser's (or Node's) crypto. */
export function randomSeed(): number {
  const values = new Uint32Array(1);
  globalThis.crypto.getRandomValues(values);
  return values[0]!;
}

export interface ProgressStore {
  $progress: ReadableAtom<Progress>;
  $notice: ReadableAtom<ProgressNotice | null>;
  /** Saves a checked answer. False (and nothing saved) when an id or the choice is invalid. */
  recordQuizAnswer(bankId: string, questionId: string, chosen: readonly number[], correct: boolean): boolean;
  /** Forgets one question's answer, so it can be tried again. */
  clearQuizAnswer(bankId: string, questionId: string): void;
  /** Forgets every answer in a bank, and deals its options in a new order. */
  resetQuiz(bankId: string): void;
  /**
   * The seed of the reader's option order in a bank: the saved one, or a new one, saved now, so
   * a reload shows the same order. NaN-free: always an unsigned 32-bit integer.
   */
  quizOrderSeed(bankId: string): number;
  /** The checked answers of a bank (question id -> answer); empty when none. */
  quizAnswers(bankId: string): Readonly<Record<string, QuizAnswer>>;
  /** Scores the saved answers against the bank's questions as they are now. */
  quizScore(bankId: string, questions: readonly ScorableQuestion[]): QuizScore;
  markScenarioComplete(scenarioId: string): boolean;
  isScenarioComplete(scenarioId: string): boolean;
  dismissNotice(): void;
  /**
   * Reads storage, applies `change` and saves the result: for features that bring their own
   * validated actions (the exam's, in ./exam-actions.ts, loaded only by the exam page).
   */
  update(change: (progress: Progress) => Progress): void;
  /** Re-reads storage: call when another tab changed it. */
  sync(): void;
}

export function createProgressStore(options: ProgressStoreOptions = {}): ProgressStore {
  const { storage, key = PROGRESS_KEY, backupKey = PROGRESS_BACKUP_KEY, now = Date.now, newSeed = randomSeed } = options;
  const $progress = atom<Progress>(emptyProgress());
  const $notice = atom<ProgressNotice | null>(null);
  /**
   * Why progress lives only in memory (storage refused us, or holds something we must not
   * overwrite); null while reads and writes go to storage.
   */
  let blocked: ProgressNoticeKind | null = storage ? null : 'not-saved';
  /** The stored text the store last read or wrote, so an unchanged value is not parsed again. */
  let lastRaw: string | null | undefined;

  const notify = (kind: ProgressNoticeKind) => $notice.set({ kind, message: PROGRESS_MESSAGES[kind] });

  function block(kind: ProgressNoticeKind) {
    blocked = kind;
    notify(kind);
  }

  /** Keeps the unreadable original next to the cleaned value. False when it could not. */
  function backUp(storage: StorageLike, raw: string): boolean {
    const existing = readItem(storage, backupKey);
    if (existing.ok && existing.value === raw) return true;
    return writeItem(storage, backupKey, raw);
  }

  /** Takes in what storage holds now. */
  function adopt(storage: StorageLike, raw: string | null) {
    if (raw === lastRaw) return;
    const outcome = parseProgress(raw);
    switch (outcome.status) {
      case 'empty':
      case 'ok':
        lastRaw = raw;
        $progress.set(outcome.progress);
        return;
      case 'newer':
        lastRaw = raw;
        $progress.set(outcome.progress);
        block('newer-version');
        return;
      case 'partial':
      case 'unreadable': {
        $progress.set(outcome.progress);
        if (raw === null || !backUp(storage, raw)) {
          block('untouched');
          return;
        }
        const cleaned = JSON.stringify(outcome.progress);
        if (!writeItem(storage, key, cleaned)) {
          block('not-saved');
          return;
        }
        lastRaw = cleaned;
        // Only the exam was unreadable: say so, since quiz answers were not touched.
        const examOnly = outcome.status === 'partial' && outcome.dropped.every((part) => part.startsWith('exam'));
        notify(outcome.status === 'partial' ? (examOnly ? 'exam-set-aside' : 'recovered') : 'unreadable');
        return;
      }
    }
  }

  function sync() {
    if (!storage) return;
    // Only a value from a newer version is worth reading again: another tab of this
    // version may have replaced it. Otherwise memory holds answers storage does not.
    if (blocked !== null && blocked !== 'newer-version') return;
    const read = readItem(storage, key);
    if (!read.ok) {
      block('not-saved');
      return;
    }
    if (blocked === 'newer-version') {
      if (read.value === lastRaw || parseProgress(read.value).status === 'newer') return;
      blocked = null;
      if ($notice.get()?.kind === 'newer-version') $notice.set(null);
    }
    adopt(storage, read.value);
  }

  function update(change: (progress: Progress) => Progress) {
    // Read first, so an answer given in another tab a moment ago is not overwritten.
    sync();
    const next = change($progress.get());
    $progress.set(next);
    if (blocked !== null || !storage) return;
    const raw = JSON.stringify(next);
    if (writeItem(storage, key, raw)) lastRaw = raw;
    else block('not-saved');
  }

  /** The progress with a bank's answers replaced; its order seed stays unless one is given. */
  function withQuiz(progress: Progress, bankId: string, answers: Record<string, QuizAnswer> | undefined, seed = own(progress.quizzes, bankId)?.seed): Progress {
    const quizzes = Object.fromEntries(Object.entries(progress.quizzes).filter(([id]) => id !== bankId));
    const quiz: QuizProgress = { answers: answers ?? {} };
    if (seed !== undefined) quiz.seed = seed;
    if (seed !== undefined || Object.keys(quiz.answers).length > 0) quizzes[bankId] = quiz;
    return { ...progress, quizzes };
  }

  /** A new seed, never the one it replaces (so a reset always deals a new order). */
  function freshSeed(old?: number): number {
    const seed = newSeed() >>> 0;
    return seed === old ? (seed + 1) >>> 0 : seed;
  }

  function quizAnswers(bankId: string): Readonly<Record<string, QuizAnswer>> {
    return own($progress.get().quizzes, bankId)?.answers ?? {};
  }

  if (storage === null) notify('not-saved');
  else if (storage) {
    const read = readItem(storage, key);
    if (read.ok) adopt(storage, read.value);
    else block('not-saved');
  }

  return {
    $progress,
    $notice,
    recordQuizAnswer(bankId, questionId, chosen, correct) {
      if (!isProgressId(bankId) || !isProgressId(questionId) || !isChoice(chosen) || typeof correct !== 'boolean') {
        return false;
      }
      const answer: QuizAnswer = { chosen: normalizeChoice(chosen), correct, checkedAt: now() };
      update((progress) => {
        const answers = own(progress.quizzes, bankId)?.answers ?? {};
        const others = Object.entries(answers).filter(([id]) => id !== questionId);
        // The answer also joins the question's history, which mastery and spaced review read.
        return withAnswer(withQuiz(progress, bankId, Object.fromEntries([...others, [questionId, answer]])), `${bankId}/${questionId}`, correct, answer.checkedAt!);
      });
      return true;
    },
    clearQuizAnswer(bankId, questionId) {
      sync();
      if (!Object.hasOwn(quizAnswers(bankId), questionId)) return;
      update((progress) => {
        const answers = own(progress.quizzes, bankId)?.answers ?? {};
        return withQuiz(progress, bankId, Object.fromEntries(Object.entries(answers).filter(([id]) => id !== questionId)));
      });
    },
    resetQuiz(bankId) {
      if (!isProgressId(bankId)) return;
      update((progress) => withQuiz(progress, bankId, undefined, freshSeed(own(progress.quizzes, bankId)?.seed)));
    },
    quizOrderSeed(bankId) {
      sync();
      const saved = own($progress.get().quizzes, bankId)?.seed;
      if (saved !== undefined) return saved;
      const seed = freshSeed();
      if (isProgressId(bankId)) update((progress) => withQuiz(progress, bankId, own(progress.quizzes, bankId)?.answers, own(progress.quizzes, bankId)?.seed ?? seed));
      return own($progress.get().quizzes, bankId)?.seed ?? seed;
    },
    quizAnswers,
    quizScore(bankId, questions) {
      return scoreQuiz(questions, quizAnswers(bankId));
    },
    markScenarioComplete(scenarioId) {
      if (!isProgressId(scenarioId)) return false;
      sync();
      if (Object.hasOwn($progress.get().scenarios, scenarioId)) return true;
      update((progress) => ({
        ...progress,
        scenarios: Object.fromEntries([
          ...Object.entries(progress.scenarios),
          [scenarioId, { completed: true, completedAt: now() } satisfies ScenarioProgress],
        ]),
      }));
      return true;
    },
    isScenarioComplete(scenarioId) {
      return own($progress.get().scenarios, scenarioId)?.completed === true;
    },
    dismissNotice() {
      $notice.set(null);
    },
    update,
    sync,
  };
}
