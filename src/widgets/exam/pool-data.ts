import { getEntry, render } from 'astro:content';
import { chapters } from '../../chapters.mjs';
import { buildPool, type ExamPool, type PoolBank } from './pool';

/**
 * The exam's question pool from the content collections, at build time: every ready chapter's
 * quiz bank, with the chapter page's headings so each question's `section` can be checked.
 */
export async function examPool(): Promise<ExamPool> {
  const ready = chapters.filter((chapter) => chapter.status === 'ready');
  const banks: PoolBank[] = await Promise.all(
    ready.map(async (chapter) => {
      const bank = await getEntry('quizzes', chapter.slug);
      if (!bank) throw new Error(`exam pool: the ready chapter ${chapter.slug} has no content/quizzes/${chapter.slug}.yaml`);
      const page = await getEntry('docs', chapter.slug);
      const headings = page ? (await render(page)).headings : [];
      return {
        chapter: { slug: chapter.slug, title: chapter.title },
        questions: bank.data.questions,
        headings: new Map(headings.map((heading) => [heading.slug, heading.text])),
      };
    }),
  );
  return buildPool(banks);
}
