import { PROGRESS_TEXT } from './strings';

/**
 * A chapter's state for the sidebar and the home page: its quiz score and its scenarios done,
 * read from the stored progress without the progress store's code (which a page without a
 * quiz never loads). The stored value is read defensively, whatever it holds.
 */

export interface ChapterFacts {
  slug: string;
  title: string;
  /** Its quiz bank's question ids. */
  questions: string[];
  /** The scenarios its page places. */
  scenarios: string[];
}

export interface ChapterState {
  /** Questions whose saved answer is right, and those with a saved answer at all. */
  correct: number;
  answered: number;
  questions: number;
  scenariosDone: number;
  scenarios: number;
}

/** `value[key]` when `value` is a plain object that has it as its own; never a prototype's. */
const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;

export function chapterState(progress: unknown, chapter: ChapterFacts): ChapterState {
  const answers = field(field(field(progress, 'quizzes'), chapter.slug), 'answers');
  const scenarios = field(progress, 'scenarios');
  return {
    correct: chapter.questions.filter((id) => field(field(answers, id), 'correct') === true).length,
    answered: chapter.questions.filter((id) => field(answers, id) !== undefined).length,
    questions: chapter.questions.length,
    scenariosDone: chapter.scenarios.filter((id) => field(field(scenarios, id), 'completed') === true).length,
    scenarios: chapter.scenarios.length,
  };
}

/** What the sidebar shows (`Quiz 18/28 · 2 of 3 scenarios`) and what a screen reader hears. */
export function chapterStateText(state: ChapterState): { shown: string; spoken: string } {
  if (state.answered === 0 && state.scenariosDone === 0) return { shown: PROGRESS_TEXT.notStarted, spoken: PROGRESS_TEXT.notStarted };
  const shown = [PROGRESS_TEXT.quizShort(state.correct, state.questions)];
  const spoken = [PROGRESS_TEXT.quizSpoken(state.correct, state.questions)];
  if (state.scenarios > 0) {
    shown.push(PROGRESS_TEXT.scenarios(state.scenariosDone, state.scenarios));
    spoken.push(PROGRESS_TEXT.scenariosSpoken(state.scenariosDone, state.scenarios));
  }
  return { shown: shown.join(' · '), spoken: spoken.join(', ') };
}
