import { questionHint } from '../quiz/strings';
import type { QuestionType, QuizQuestion } from '../quiz/schema';
import { nearDuplicatePairs } from '../quiz/near-duplicates';
import type { ApartPair } from './draw';

/**
 * The exam's questions as the page fetches them (`/exam/questions.json`, built from every ready
 * chapter's quiz bank by src/pages/exam/questions.json.ts), so the exam page's HTML stays small
 * whatever the size of the banks. `buildPool` makes it at build time; `parsePool` checks what
 * arrived in the browser before anything of it reaches the page (as text, never as HTML).
 */

export interface PoolOption {
  text: string;
  correct: boolean;
  explanation: string;
}

export interface PoolQuestion {
  /** `bank/question-id`: the key attempts and answers are stored under. */
  key: string;
  /** The chapter's slug (its page is `<base>/<chapter>/`). */
  chapter: string;
  objective: string;
  /** The anchor id of the heading in the chapter that teaches it, when the bank names one that exists. */
  section?: string;
  /** That heading's text. */
  sectionTitle?: string;
  /** VCP-410 blueprint objectives or `delta41`, when the bank names them. */
  blueprint?: string[];
  type: QuestionType;
  prompt: string;
  /** "Choose one answer." and the like ('' when the prompt says it already). */
  hint: string;
  options: PoolOption[];
}

export interface PoolChapter {
  slug: string;
  title: string;
}

export interface ExamPool {
  chapters: PoolChapter[];
  questions: PoolQuestion[];
  /** Near-duplicate questions (by key), which one attempt never asks together. */
  apart: ApartPair[];
}

/** A bank question with the fields other parts of the project are adding to the schema. */
type BankQuestion = QuizQuestion & { section?: unknown; blueprint?: unknown };

export interface PoolBank {
  chapter: PoolChapter;
  questions: readonly BankQuestion[];
  /** The chapter page's headings (anchor id -> text), to check each `section` against. */
  headings: ReadonlyMap<string, string>;
}

/**
 * The pool from the banks. A `section` that names no heading of its chapter is left out, so its
 * links fall back to the chapter page rather than to an anchor that goes nowhere.
 */
export function buildPool(banks: readonly PoolBank[]): ExamPool {
  const questions = poolQuestions(banks);
  // The content tests forbid near-duplicates; the draw keeps any that slip in apart all the same.
  const apart = nearDuplicatePairs(questions).map(({ a, b }) => ({ a, b }));
  return { chapters: banks.map((bank) => bank.chapter), questions, apart };
}

function poolQuestions(banks: readonly PoolBank[]): PoolQuestion[] {
  return banks.flatMap((bank) =>
      bank.questions.map((question) => {
        const entry: PoolQuestion = {
          key: `${bank.chapter.slug}/${question.id}`,
          chapter: bank.chapter.slug,
          objective: question.objective,
          type: question.type,
          prompt: question.prompt,
          hint: questionHint(question),
          options: question.options.map((option) => ({ text: option.text, correct: option.correct === true, explanation: option.explanation })),
        };
        const section = typeof question.section === 'string' ? question.section : undefined;
        if (section !== undefined && bank.headings.has(section)) {
          entry.section = section;
          entry.sectionTitle = bank.headings.get(section)!;
        }
        if (Array.isArray(question.blueprint) && question.blueprint.every((tag) => typeof tag === 'string')) entry.blueprint = [...question.blueprint];
        return entry;
      }),
  );
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string';
const isOptionalText = (value: unknown) => value === undefined || isText(value);

function isOption(value: unknown): value is PoolOption {
  return isRecord(value) && isText(value.text) && typeof value.correct === 'boolean' && isText(value.explanation);
}

function isQuestion(value: unknown, chapters: ReadonlySet<string>): value is PoolQuestion {
  return (
    isRecord(value) &&
    isText(value.key) &&
    isText(value.chapter) &&
    chapters.has(value.chapter) &&
    isText(value.objective) &&
    isOptionalText(value.section) &&
    isOptionalText(value.sectionTitle) &&
    (value.blueprint === undefined || (Array.isArray(value.blueprint) && value.blueprint.every(isText))) &&
    (value.type === 'single' || value.type === 'multiple') &&
    isText(value.prompt) &&
    isText(value.hint) &&
    Array.isArray(value.options) &&
    value.options.length > 0 &&
    value.options.every(isOption) &&
    value.options.some((option) => (option as PoolOption).correct)
  );
}

/** The pool, if `value` is one (every question whole, keys unique); null otherwise. */
export function parsePool(value: unknown): ExamPool | null {
  if (!isRecord(value) || !Array.isArray(value.chapters) || !Array.isArray(value.questions)) return null;
  if (!value.chapters.every((chapter) => isRecord(chapter) && isText(chapter.slug) && isText(chapter.title))) return null;
  const chapters = value.chapters as PoolChapter[];
  const slugs = new Set(chapters.map((chapter) => chapter.slug));
  if (value.questions.length === 0 || !value.questions.every((question) => isQuestion(question, slugs))) return null;
  const questions = value.questions as PoolQuestion[];
  if (new Set(questions.map((question) => question.key)).size !== questions.length) return null;
  const apart = value.apart === undefined ? [] : value.apart;
  if (!Array.isArray(apart) || !apart.every((pair) => isRecord(pair) && isText(pair.a) && isText(pair.b))) return null;
  return { chapters, questions, apart: apart.map((pair) => ({ a: pair.a, b: pair.b })) };
}

export type PoolFetch = { ok: true; pool: ExamPool } | { ok: false; reason: string };

/** Fetches and checks the pool; never throws (a failure is a value the page can show). */
export async function fetchPool(url: string, fetcher: (url: string) => Promise<Response> = (address) => fetch(address)): Promise<PoolFetch> {
  try {
    const response = await fetcher(url);
    if (!response.ok) return { ok: false, reason: `HTTP ${response.status}` };
    const pool = parsePool(await response.json());
    return pool ? { ok: true, pool } : { ok: false, reason: 'not a question pool' };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
