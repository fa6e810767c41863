import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { quizBankSchema } from './widgets/quiz/schema';
import { parseTimeline, parseVersions, timelineEventSchema, TIMELINE_FILE, versionTableSchema, VERSIONS_FILE } from './widgets/history/schema';
import { yamlFileLoader } from './widgets/history/data-loader';

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
  // Data for <VmwareTimeline /> and <VersionTable /> (src/widgets/history).
  timeline: defineCollection({
    loader: yamlFileLoader(TIMELINE_FILE, parseTimeline),
    schema: timelineEventSchema,
  }),
  versions: defineCollection({
    loader: yamlFileLoader(VERSIONS_FILE, parseVersions),
    schema: versionTableSchema,
  }),
};
