import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { quizBankSchema } from './widgets/quiz/schema';

// Chapters live in the top-level content/ folder, not src/content (see PLATFORM notes in README).
export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema(),
  }),
  quizzes: defineCollection({
    loader: glob({ base: './content/quizzes', pattern: '**/*.yaml' }),
    schema: quizBankSchema,
  }),
};
