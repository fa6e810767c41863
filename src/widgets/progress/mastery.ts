import type { QuestionRecord } from '../../stores/progress/format';
import type { PoolQuestion } from '../exam/pool';
import { chapterHref } from '../exam/links';

/**
 * Mastery for the progress page: how many of a group's questions the reader last answered right,
 * last missed, or never answered, from each question's history (its quiz answers, the exam's
 * verdicts and reviews, ../../stores/progress/history.ts). Groups are made at build time from
 * the exam's question pool: one per blueprint objective and one per chapter section.
 */

export interface MasteryGroup {
  label: string;
  /** The chapter section that teaches it (absent for a blueprint objective, taught in several). */
  href?: string;
  /** Its questions' `bank/question-id` keys. */
  keys: string[];
}

export interface Mastery {
  right: number;
  missed: number;
  notTried: number;
  total: number;
}

export function mastery(review: Readonly<Record<string, QuestionRecord>>, keys: readonly string[]): Mastery {
  let right = 0;
  let missed = 0;
  for (const key of keys) {
    const last = Object.hasOwn(review, key) ? review[key]!.history.at(-1) : undefined;
    if (last?.correct === true) right += 1;
    else if (last) missed += 1;
  }
  return { right, missed, notTried: keys.length - right - missed, total: keys.length };
}

function grouped(questions: readonly PoolQuestion[], groupsOf: (question: PoolQuestion) => string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const question of questions) for (const name of groupsOf(question)) groups.set(name, [...(groups.get(name) ?? []), question.key]);
  return groups;
}

/** One group per blueprint tag, in the order of `labelOf`'s sort (VCP-410 objectives by number, then the rest). */
export function objectiveGroups(questions: readonly PoolQuestion[], labelOf: (tag: string) => string): MasteryGroup[] {
  const byTag = grouped(questions, (question) => question.blueprint ?? []);
  return [...byTag.keys()].sort(compareTags).map((tag) => ({ label: labelOf(tag), keys: byTag.get(tag)! }));
}

/** `vcp410:1.2` before `vcp410:1.10` before `delta41` before `site`. */
function compareTags(a: string, b: string): number {
  const rank = (tag: string) => (tag.startsWith('vcp410:') ? 0 : tag === 'delta41' ? 1 : 2);
  return rank(a) - rank(b) || a.localeCompare(b, 'en', { numeric: true });
}

/**
 * One group per section of a chapter that teaches a question, in the bank's order, linked to it;
 * questions whose section is unknown make one group named and linked after the chapter.
 */
export function sectionGroups(questions: readonly PoolQuestion[], chapter: { slug: string; title: string }, base: string): MasteryGroup[] {
  const mine = questions.filter((question) => question.chapter === chapter.slug);
  const bySection = grouped(mine, (question) => [question.section ?? '']);
  return [...bySection].map(([section, keys]) => {
    const first = mine.find((question) => (question.section ?? '') === section)!;
    return { label: first.sectionTitle ?? chapter.title, href: chapterHref(base, chapter.slug, section || undefined), keys };
  });
}
