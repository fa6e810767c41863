// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { chapters } from './src/chapters.mjs';

// Sidebar entries are listed explicitly: with content outside src/content,
// Starlight's `autogenerate` groups come out empty (see README, "Adding a chapter").
export default defineConfig({
  site: 'http://localhost:4321',
  integrations: [
    starlight({
      title: 'Inside ESXi 4.1',
      description: 'Learn how VMware ESXi 4.1 works by operating a simulated host.',
      favicon: '/favicon.svg',
      sidebar: [
        { label: 'Start here', link: '/' },
        {
          label: 'Chapters',
          items: chapters
            .filter((chapter) => chapter.status === 'ready')
            .map((chapter) => ({ label: chapter.title, link: `/${chapter.slug}/` })),
        },
        // Drawn from every ready chapter's quiz bank (src/widgets/exam).
        { label: 'Practice exam', link: '/exam/' },
      ],
      customCss: ['./src/styles/site.css'],
      // Wrapped code never scrolls sideways: readable on phones, and no scroll region that a
      // keyboard user could not reach (axe: scrollable-region-focusable).
      expressiveCode: { defaultProps: { wrap: true } },
      lastUpdated: false,
      pagination: true,
    }),
    mdx(),
  ],
});
