import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { fullSim } from '#sim-core';
import { quizBankSchema } from './widgets/quiz/schema';
import { parseTimeline, parseVersions, timelineEventSchema, TIMELINE_FILE, versionTableSchema, VERSIONS_FILE } from './widgets/history/schema';
import { yamlFileLoader } from './widgets/history/data-loader';

/**
 * A chapter's labs, declared once: lab id -> the preset it starts from. Widgets name a lab and a
 * host; an unknown preset fails the build here.
 */
const labsSchema = z.record(
  z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a lab id is lowercase letters, digits and dashes'),
  z.string().superRefine((preset: string, ctx) => {
    if (!fullSim.presetInfo(preset)) ctx.addIssue({ code: 'custom', message: `unknown lab preset "${preset}"` });
  }),
);

// Chapters live in the top-level content/ folder, not src/content (see PLATFORM notes in README).
export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema({ extend: z.object({ labs: labsSchema.optional() }) }),
  }),
  quizzes: defineCollection({
    loader: glob({ base: './content/quizzes', pattern: '**/*.yaml' }),
    schema: quizBankSchema,
  }),
  // Starlight reads overrides of its own labels from an `i18n` collection. The site overrides none;
  // one empty English entry says so (an absent or empty collection makes every build warn).
  i18n: defineCollection({
    loader: () => [{ id: 'en' }],
    schema: i18nSchema(),
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
