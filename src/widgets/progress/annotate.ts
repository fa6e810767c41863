import { chapterState, chapterStateText, type ChapterFacts } from './chapter-state';
import type { ChapterStatesData } from './chapter-facts-data';

/**
 * Writes each chapter's state (quiz score, scenarios done) beside its links: the sidebar's
 * (`a[data-progress-chapter]`, from astro.config.mjs) and the home page's list. Fetched once the
 * page is idle (./wake-chapter-states.ts), it imports nothing the page has not: the storage key
 * and the chapters' facts come in the page's data (./ChapterProgress.astro), and it reads
 * storage itself rather than load the progress store. It redraws when progress changes on this
 * page or in another tab.
 */
function pageData(): ChapterStatesData | null {
  try {
    return JSON.parse(document.getElementById('chapter-facts')?.textContent ?? '') as ChapterStatesData;
  } catch {
    return null;
  }
}

/** The stored progress as JSON, or null; never throws (storage may be refused, the text may be anything). */
function stored(key: string): unknown {
  try {
    return JSON.parse(localStorage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

function draw(data: ChapterStatesData, facts: Map<string, ChapterFacts>) {
  const progress = stored(data.key);
  for (const element of document.querySelectorAll<HTMLElement>('[data-progress-chapter]')) {
    const chapter = facts.get(element.dataset.progressChapter ?? '');
    if (!chapter) continue;
    const { shown, spoken } = chapterStateText(chapterState(progress, chapter));
    let slot = element.querySelector<HTMLElement>('.chapter-progress');
    if (!slot) {
      slot = element.appendChild(document.createElement('span'));
      slot.className = 'chapter-progress';
      slot.append(document.createElement('span'), document.createElement('span'));
      slot.firstElementChild!.setAttribute('aria-hidden', 'true');
      slot.lastElementChild!.className = 'sr-only';
    }
    slot.firstElementChild!.textContent = shown;
    // Spoken after the link's own name, so a screen reader says "Networking, quiz 18 of 28 right".
    slot.lastElementChild!.textContent = `, ${spoken}`;
    element.dataset.progressShown = '';
  }
}

const data = pageData();
if (data) {
  const facts = new Map(data.chapters.map((chapter) => [chapter.slug, chapter]));
  const redraw = () => draw(data, facts);
  redraw();
  addEventListener(data.event, redraw);
  addEventListener('storage', (event) => {
    if (event.key === null || event.key === data.key) redraw();
  });
}
