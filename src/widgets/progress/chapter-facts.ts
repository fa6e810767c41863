import { getEntry } from 'astro:content';
import { fullSim } from '#sim-core';
import { chapters } from '../../chapters.mjs';
import { chapterTexts } from '../../embed/chapters';
import type { ChapterFacts } from './chapter-state';
import { scenarioIds } from './chapter-facts-text';

/**
 * What each ready chapter asks of a reader, at build time, from the sources themselves: its quiz
 * bank's question ids (content/quizzes/<slug>.yaml) and the scenarios its page places
 * (`<Scenario id="…" />` in content/docs/<slug>.mdx). A new chapter or bank needs no list here.
 */
export async function chapterFacts(): Promise<ChapterFacts[]> {
  const texts = chapterTexts();
  return Promise.all(
    chapters
      .filter((chapter) => chapter.status === 'ready')
      .map(async (chapter) => {
        const bank = await getEntry('quizzes', chapter.slug);
        const text = texts.find((entry) => entry.slug === chapter.slug)?.text ?? '';
        return {
          slug: chapter.slug,
          title: chapter.title,
          questions: bank ? bank.data.questions.map((question) => question.id) : [],
          scenarios: scenarioIds(text).filter((id) => fullSim.scenarioById(id) !== undefined),
        };
      }),
  );
}


/** A scenario's title, as its panel shows it. */
export const scenarioTitle = (id: string): string => fullSim.scenarioById(id)?.title ?? id;
