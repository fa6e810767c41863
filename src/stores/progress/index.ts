import { browserStorage, watchStorageKey } from '../storage';
import { PROGRESS_EVENT, PROGRESS_KEY } from './keys';
import { createProgressStore } from './store';

export * from './format';
export * from './notices';
export * from './store';

// The page's store: one per page, shared by every widget.
const pageStore = createProgressStore({ storage: browserStorage() });
watchStorageKey(PROGRESS_KEY, pageStore.sync);
// Tells the page's chapter states in the sidebar (which do not load this store) to redraw.
if (typeof window !== 'undefined') pageStore.$progress.listen(() => dispatchEvent(new Event(PROGRESS_EVENT)));

/** Everything the reader has done, as stored. */
export const $progress = pageStore.$progress;
/** A sentence for the page when progress could not be read in full or will not be saved. */
export const $progressNotice = pageStore.$notice;

export const recordQuizAnswer = pageStore.recordQuizAnswer;
export const clearQuizAnswer = pageStore.clearQuizAnswer;
export const resetQuiz = pageStore.resetQuiz;
export const quizOrderSeed = pageStore.quizOrderSeed;
export const quizAnswers = pageStore.quizAnswers;
export const quizScore = pageStore.quizScore;
export const markScenarioComplete = pageStore.markScenarioComplete;
export const isScenarioComplete = pageStore.isScenarioComplete;
export const dismissProgressNotice = pageStore.dismissNotice;
/** The page's store itself, for feature actions built on it (./exam.ts). */
export const progressStore = pageStore;
