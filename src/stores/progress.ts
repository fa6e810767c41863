import { atom, type ReadableAtom } from 'nanostores';
import { scoreQuiz, normalizeChoice, type QuizScore, type ScorableQuestion } from '../widgets/quiz/score';
import { browserStorage, readItem, watchStorageKey, writeItem, type StorageLike } from './storage';

/**
 * Reader progress: checked quiz answers and finished scenarios, kept in localStorage as
 * versioned JSON. Loading never throws and never loses progress: whatever can be read is
 * kept, anything else is dropped only after the original text is copied to a backup key,
 * and a value written by a newer version of the site is left untouched.
 */

export const PROGRESS_VERSION = 1;
export const PROGRESS_KEY = 'inside-esxi:progress';
export const PROGRESS_BACKUP_KEY = 'inside-esxi:progress:backup';

// ---------------------------------------------------------------- the stored format (v1)

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
}

export interface ScenarioProgress {
  completed: true;
  completedAt?: number;
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  /** Quiz bank id (the file name in content/quizzes) -> progress in that bank. */
  quizzes: Record<string, QuizProgress>;
  /** Scenario id -> finished. */
  scenarios: Record<string, ScenarioProgress>;
}

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, quizzes: {}, scenarios: {} };
}

/** Bank, question and scenario ids: a letter or digit first, at most 200 characters. */
const ID = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}$/;
const MAX_OPTION_INDEX = 99;

export function isProgressId(value: unknown): value is string {
  return typeof value === 'string' && ID.test(value) && value !== 'constructor' && value !== 'prototype';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function isTimestamp(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function isChoice(value: unknown): value is number[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.length <= MAX_OPTION_INDEX + 1 &&
    value.every((index) => Number.isInteger(index) && index >= 0 && index <= MAX_OPTION_INDEX)
  );
}

// ---------------------------------------------------------------- reading a stored value

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
  // Version 1 is the first format, so there is nothing to migrate yet. A missing or
  // unknown older version is read as version 1, keeping whatever fits.
  const { progress, dropped } = salvageProgress(value);
  if (version !== PROGRESS_VERSION) dropped.unshift(`version ${JSON.stringify(version) ?? 'missing'} is not ${PROGRESS_VERSION}`);
  return dropped.length === 0 ? { status: 'ok', progress } : { status: 'partial', progress, dropped };
}

/** Keeps every valid part of a version 1 value; lists the parts it left out. */
export function salvageProgress(value: Record<string, unknown>): { progress: Progress; dropped: string[] } {
  const dropped: string[] = [];
  for (const key of Object.keys(value)) {
    if (key !== 'version' && key !== 'quizzes' && key !== 'scenarios') dropped.push(`unknown field "${key}"`);
  }
  return {
    progress: {
      version: PROGRESS_VERSION,
      quizzes: salvageRecord(value.quizzes, 'quizzes', dropped, salvageQuiz),
      scenarios: salvageRecord(value.scenarios, 'scenarios', dropped, salvageScenario),
    },
    dropped,
  };
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
  for (const key of Object.keys(value)) if (key !== 'answers') dropped.push(`${where}: unknown field "${key}"`);
  return { answers: salvageRecord(value.answers, `${where}.answers`, dropped, salvageAnswer) };
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

// ---------------------------------------------------------------- notices for the reader

export type ProgressNoticeKind = 'recovered' | 'unreadable' | 'newer-version' | 'untouched' | 'not-saved';

export interface ProgressNotice {
  kind: ProgressNoticeKind;
  /** One sentence for the page. */
  message: string;
}

export const PROGRESS_MESSAGES: Record<ProgressNoticeKind, string> = {
  recovered:
    'Your saved progress could not be read in full; the readable part was kept, and a copy of the original was saved in this browser.',
  unreadable:
    'Your saved progress could not be read, so you are starting afresh; a copy of the original was saved in this browser.',
  'newer-version':
    'Your progress was saved by a newer version of this site. It was left untouched, and answers you give on this page will not be saved.',
  untouched:
    'Your saved progress could not be read in full and no copy of it could be made, so it was left untouched; answers you give on this page will not be saved.',
  'not-saved':
    'This browser is not letting the site save your progress, so your answers will be kept only until you leave this page.',
};

// ---------------------------------------------------------------- the store

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
}

export interface ProgressStore {
  $progress: ReadableAtom<Progress>;
  $notice: ReadableAtom<ProgressNotice | null>;
  /** Saves a checked answer. False (and nothing saved) when an id or the choice is invalid. */
  recordQuizAnswer(bankId: string, questionId: string, chosen: readonly number[], correct: boolean): boolean;
  /** Forgets one question's answer, so it can be tried again. */
  clearQuizAnswer(bankId: string, questionId: string): void;
  /** Forgets every answer in a bank. */
  resetQuiz(bankId: string): void;
  /** The checked answers of a bank (question id -> answer); empty when none. */
  quizAnswers(bankId: string): Readonly<Record<string, QuizAnswer>>;
  /** Scores the saved answers against the bank's questions as they are now. */
  quizScore(bankId: string, questions: readonly ScorableQuestion[]): QuizScore;
  markScenarioComplete(scenarioId: string): boolean;
  isScenarioComplete(scenarioId: string): boolean;
  dismissNotice(): void;
  /** Re-reads storage: call when another tab changed it. */
  sync(): void;
}

export function createProgressStore(options: ProgressStoreOptions = {}): ProgressStore {
  const { storage, key = PROGRESS_KEY, backupKey = PROGRESS_BACKUP_KEY, now = Date.now } = options;
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
        notify(outcome.status === 'partial' ? 'recovered' : 'unreadable');
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

  function withQuiz(progress: Progress, bankId: string, answers: Record<string, QuizAnswer> | undefined): Progress {
    const quizzes = Object.fromEntries(Object.entries(progress.quizzes).filter(([id]) => id !== bankId));
    if (answers && Object.keys(answers).length > 0) quizzes[bankId] = { answers };
    return { ...progress, quizzes };
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
        return withQuiz(progress, bankId, Object.fromEntries([...others, [questionId, answer]]));
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
      sync();
      if (!Object.hasOwn($progress.get().quizzes, bankId)) return;
      update((progress) => withQuiz(progress, bankId, undefined));
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
    sync,
  };
}

// ---------------------------------------------------------------- the page's store

const pageStore = createProgressStore({ storage: browserStorage() });
watchStorageKey(PROGRESS_KEY, pageStore.sync);

/** Everything the reader has done, as stored. */
export const $progress = pageStore.$progress;
/** A sentence for the page when progress could not be read in full or will not be saved. */
export const $progressNotice = pageStore.$notice;

export const recordQuizAnswer = pageStore.recordQuizAnswer;
export const clearQuizAnswer = pageStore.clearQuizAnswer;
export const resetQuiz = pageStore.resetQuiz;
export const quizAnswers = pageStore.quizAnswers;
export const quizScore = pageStore.quizScore;
export const markScenarioComplete = pageStore.markScenarioComplete;
export const isScenarioComplete = pageStore.isScenarioComplete;
export const dismissProgressNotice = pageStore.dismissNotice;
