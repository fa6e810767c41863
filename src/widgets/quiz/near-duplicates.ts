/**
 * Near-duplicate questions: two questions that ask the same thing with the same answer, so
 * that meeting both in one quiz or exam attempt tests one fact twice (and the first gives
 * the second away). The content tests forbid them across every bank; the exam's draw never
 * puts two of them in one attempt.
 *
 * The measure is deliberately simple and corpus-free, so a score does not change when some
 * other bank grows: each question becomes the set of its words (prompt plus right answers),
 * and two sets are compared by the mean of
 * - containment: shared words / words of the smaller set (a short question swallowed by a
 *   longer one), and
 * - Jaccard: shared words / all words of both (how much the two have in common overall).
 */

/** Scores at or above this are near-duplicates. Chosen on the banks of December 2026: the
 * five pairs the issue names score 0.52 to 0.62, and the closest pair of different
 * questions 0.48. */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;

/** What the comparison reads of a question (a bank's `QuizQuestion` fits, with a key). */
export interface ComparableQuestion {
  /** Unique across what is compared: `bank/question-id`. */
  key: string;
  prompt: string;
  options: readonly { text: string; correct?: boolean }[];
}

export interface NearDuplicatePair {
  /** The two keys, in the order the questions were given. */
  a: string;
  b: string;
  score: number;
}

/**
 * Words that say nothing about what a question asks: grammar, quiz phrasing ("choose all
 * that apply") and what every question on this site is about (ESXi 4.1, the host).
 */
const IGNORED_WORDS = new Set(
  (
    'a an the of to in on at by for from with and or but not no is are was were be been it its this that these those ' +
    'which what who whom how why when where does do did can could should would will you your they them their there here ' +
    'as if then than so such into onto out up down over under all any each every one two some ' +
    'choose apply true statement following about s esxi 4.1 host vmware'
  ).split(' '),
);

function stem(word: string): string {
  // Plurals and third-person verbs: "agents"/"agent", "restarts"/"restart" ("access" stays).
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** The normalised words of a piece of text: lower case, paths and versions kept whole. */
export function wordsOf(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/[^a-z0-9.+/_-]+/g, ' ')
    .split(' ')
    .map((word) => word.replace(/^[./-]+|[./-]+$/g, ''))
    .filter((word) => word !== '' && !IGNORED_WORDS.has(word))
    .map(stem);
  return new Set(words);
}

/** What a question is about: its prompt and its right answers. */
export function questionWords(question: ComparableQuestion): Set<string> {
  const right = question.options.filter((option) => option.correct === true).map((option) => option.text);
  return wordsOf([question.prompt, ...right].join(' '));
}

/** 0 (nothing shared) to 1 (the same words). */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  const containment = shared / Math.min(a.size, b.size);
  const jaccard = shared / (a.size + b.size - shared);
  return (containment + jaccard) / 2;
}

/** Every pair scoring at or above the threshold, highest first. */
export function nearDuplicatePairs(questions: readonly ComparableQuestion[], threshold = NEAR_DUPLICATE_THRESHOLD): NearDuplicatePair[] {
  const words = questions.map(questionWords);
  const pairs: NearDuplicatePair[] = [];
  for (let i = 0; i < questions.length; i++) {
    for (let j = i + 1; j < questions.length; j++) {
      const score = similarity(words[i]!, words[j]!);
      if (score >= threshold) pairs.push({ a: questions[i]!.key, b: questions[j]!.key, score });
    }
  }
  return pairs.sort((x, y) => y.score - x.score);
}
