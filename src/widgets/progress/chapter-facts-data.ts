import type { ChapterFacts } from './chapter-state';

/** What ./ChapterProgress.astro gives ./annotate.ts in the page: where progress is kept, and each chapter's facts. */
export interface ChapterStatesData {
  /** The progress store's storage key and its change event (src/stores/progress/keys.ts). */
  key: string;
  event: string;
  chapters: ChapterFacts[];
}
