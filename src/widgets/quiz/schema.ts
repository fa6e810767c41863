import { z } from 'astro/zod';

/**
 * The format of a quiz bank (`content/quizzes/<bank>.yaml`). One schema serves the
 * `quizzes` content collection (the build fails on a bad bank) and the content tests
 * (`validateQuizBank` turns the same rules into sentences an author can act on).
 */

export const QUESTION_TYPES = ['single', 'multiple'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const MIN_OPTIONS = 3;
export const MAX_OPTIONS = 5;

/**
 * The VCP-410 blueprint objectives the team's facts file names (`/work/shared/esxi-facts.md`,
 * "The certification: VCP-410"): 1.1 to 1.3 are sure; the rest are reconstructed. For
 * sections 3 (storage) and 8 (troubleshooting) the file names only the section, so any
 * objective in them is accepted.
 */
export const VCP410_OBJECTIVES = ['1.1', '1.2', '1.3', '1.5', '2.1', '2.2', '2.3', '6.2'] as const;
export const VCP410_OPEN_SECTIONS = ['3', '8'] as const;

/** A 4.1-only feature beyond the VCP-410 exam (which is based on vSphere 4.0). */
export const DELTA41 = 'delta41';
/** Neither a VCP-410 objective nor a 4.1-only feature: the site's own material. Stands alone. */
export const SITE_ONLY = 'site';
export type BlueprintTag = `vcp410:${string}` | typeof DELTA41 | typeof SITE_ONLY;

const VCP410_TAG = /^vcp410:(\d+)\.(\d+)$/;

/** Why a blueprint tag is not accepted, or undefined when it is. */
export function blueprintTagProblem(tag: string): string | undefined {
  if (tag === DELTA41 || tag === SITE_ONLY) return undefined;
  const match = VCP410_TAG.exec(tag);
  if (!match) return `blueprint tag "${tag}" is not one of "vcp410:<n.n>", "${DELTA41}" or "${SITE_ONLY}"`;
  const objective = `${match[1]}.${match[2]}`;
  if ((VCP410_OBJECTIVES as readonly string[]).includes(objective)) return undefined;
  if ((VCP410_OPEN_SECTIONS as readonly string[]).includes(match[1]!)) return undefined;
  const known = [...VCP410_OBJECTIVES, ...VCP410_OPEN_SECTIONS.map((section) => `${section}.n`)].join(', ');
  return `blueprint tag "${tag}" names no VCP-410 objective the facts file knows (${known})`;
}

/** The rules a question's list of blueprint tags follows together. Empty when the list is fine. */
export function blueprintProblems(tags: readonly string[]): string[] {
  const problems = tags.flatMap((tag) => blueprintTagProblem(tag) ?? []);
  if (tags.includes(SITE_ONLY) && tags.length > 1) problems.push(`"${SITE_ONLY}" means no blueprint objective applies, so it stands alone`);
  if (new Set(tags).size !== tags.length) problems.push('the same blueprint tag appears twice');
  return problems;
}

/**
 * A heading's anchor id as Starlight writes it (github-slugger): lower case, no spaces, no
 * `#`. Whether the chapter has that heading is checked by the content tests.
 */
export const SECTION_ID = /^[^\sA-Z#]+$/;

/** Lower-case words joined by single hyphens: `which-bank-boots`, `boot-process`, `vmkernel-4`. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface QuizOption {
  text: string;
  /** Omitted means false: only the right options say `correct: true`. */
  correct?: boolean;
  explanation: string;
}

export interface QuizQuestion {
  id: string;
  /** The site's objective: what the reader should be able to do (free text). */
  objective: string;
  /** The anchor id of the chapter heading that teaches the question (`rolling-back-with-shiftr`). */
  section: string;
  /** What the question prepares for: VCP-410 objectives (`vcp410:1.2`), `delta41`, or `site` alone. */
  blueprint: BlueprintTag[];
  type: QuestionType;
  prompt: string;
  options: QuizOption[];
}

export interface QuizBank {
  title: string;
  /** The chapter slug this bank belongs to (`boot-process`). */
  chapter: string;
  questions: QuizQuestion[];
}

function text(field: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `${field} is missing` : `${field} must be text`) })
    .refine((value) => value.trim().length > 0, { message: `${field} must not be empty` });
}

function kebab(field: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `${field} is missing` : `${field} must be text`) })
    .regex(KEBAB_CASE, { message: `${field} must be kebab-case (lower-case words joined by hyphens, like "which-bank-boots")` });
}

const optionSchema = z.strictObject({
  text: text('text'),
  correct: z.boolean({ error: 'correct must be true or false (leave it out for a wrong option)' }).optional(),
  explanation: text('explanation'),
});

function section() {
  return z
    .string({ error: (issue) => (issue.input === undefined ? 'section is missing (the anchor id of the heading that teaches this question)' : 'section must be text') })
    .regex(SECTION_ID, { message: 'section must be a heading\'s anchor id as it appears in the page address, like "rolling-back-with-shiftr" (lower case, no "#", no spaces)' });
}

function blueprint() {
  return z
    .array(z.string({ error: 'each blueprint tag must be text' }), {
      error: (issue) => (issue.input === undefined ? `blueprint is missing (a list such as [vcp410:1.2], [${DELTA41}] or [${SITE_ONLY}])` : 'blueprint must be a list of tags'),
    })
    .min(1, { message: `blueprint must name at least one tag (use [${SITE_ONLY}] when no exam objective applies)` })
    .superRefine((tags, ctx) => {
      for (const message of blueprintProblems(tags)) ctx.addIssue({ code: 'custom', message });
    })
    .transform((tags) => tags as BlueprintTag[]);
}

const questionSchema = z
  .strictObject({
    id: kebab('id'),
    objective: text('objective'),
    section: section(),
    blueprint: blueprint(),
    type: z.enum(QUESTION_TYPES, { error: 'type must be "single" or "multiple"' }),
    prompt: text('prompt'),
    options: z
      .array(optionSchema, { error: 'options must be a list' })
      .min(MIN_OPTIONS, { message: `needs ${MIN_OPTIONS} to ${MAX_OPTIONS} options` })
      .max(MAX_OPTIONS, { message: `needs ${MIN_OPTIONS} to ${MAX_OPTIONS} options` }),
  })
  .superRefine((question, ctx) => {
    for (const message of answerProblems(question)) ctx.addIssue({ code: 'custom', message, path: ['options'] });
    const seen = new Set<string>();
    question.options.forEach((option, index) => {
      const key = option.text.trim().toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: 'the same option text appears twice', path: ['options', index, 'text'] });
      seen.add(key);
    });
  });

export const quizBankSchema = z
  .strictObject({
    title: text('title'),
    chapter: kebab('chapter'),
    questions: z.array(questionSchema, { error: 'questions must be a list' }).min(1, { message: 'needs at least one question' }),
  })
  .superRefine((bank, ctx) => {
    const seen = new Set<string>();
    bank.questions.forEach((question, index) => {
      if (seen.has(question.id)) {
        ctx.addIssue({ code: 'custom', message: `id "${question.id}" is used by an earlier question; ids must be unique`, path: ['questions', index, 'id'] });
      }
      seen.add(question.id);
    });
  });

/** The rule on how many options are right, by question type. Empty when the question is fine. */
export function answerProblems(question: Pick<QuizQuestion, 'type' | 'options'>): string[] {
  const right = question.options.filter((option) => option.correct === true).length;
  if (question.type === 'single' && right !== 1) {
    return [`a "single" question needs exactly one correct option (it has ${right})`];
  }
  if (question.type === 'multiple' && right < 2) {
    return [`a "multiple" question needs at least two correct options (it has ${right}); use type: single for one`];
  }
  return [];
}

type PathPart = PropertyKey;

function describePath(data: unknown, path: readonly PathPart[]): string {
  const parts: string[] = [];
  let node: unknown = data;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const parent = path[i - 1];
    if (typeof key === 'number' && parent === 'questions') {
      const id = Array.isArray(node) ? questionId(node[key]) : undefined;
      parts.push(id ? `question ${key + 1} ("${id}")` : `question ${key + 1}`);
    } else if (typeof key === 'number' && parent === 'options') {
      parts.push(`option ${key + 1}`);
    } else if (key !== 'questions' && key !== 'options') {
      parts.push(String(key));
    } else if (i === path.length - 1) {
      parts.push(String(key));
    }
    node = isRecord(node) || Array.isArray(node) ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return parts.join(', ');
}

function questionId(question: unknown): string | undefined {
  return isRecord(question) && typeof question.id === 'string' && question.id.trim() ? question.id : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks parsed YAML against the quiz bank rules. Returns one sentence per problem
 * (`question 3 ("which-bank-boots"), option 2: explanation must not be empty`), or an
 * empty list for a good bank. Never throws.
 */
export function validateQuizBank(data: unknown): string[] {
  if (!isRecord(data)) return ['a quiz bank must be a mapping with title, chapter and questions'];
  const result = quizBankSchema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const where = describePath(data, issue.path);
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((key) => `"${key}"`).join(', ');
      message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys} (check the spelling)`;
    }
    return where ? `${where}: ${message}` : message;
  });
}
