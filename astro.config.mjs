// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { chapters } from './src/chapters.mjs';
import { contentSecurityPolicy } from './src/site/csp.mjs';

/**
 * Where the site will be served (README, "Deploy"): SITE_URL is the origin the embed snippets
 * name, BASE_PATH the sub-path under it (`/inside-esxi/` on GitHub Pages). By default, the root
 * of http://localhost:4321, which is what `npm start` serves.
 */
const SITE_URL = process.env.SITE_URL || 'http://localhost:4321';
const BASE_PATH = process.env.BASE_PATH || '/';

/**
 * Starlight exports no path to its colour and size tokens (props.css), which the embed pages
 * share with the chapters without taking Starlight's page frame. Resolving it from the installed
 * package (wherever npm put it) keeps one source for the colours and fails the build loudly
 * should Starlight move the file.
 */
const STARLIGHT_PROPS_CSS = fileURLToPath(new URL('./style/props.css', import.meta.resolve('@astrojs/starlight')));

/**
 * Astro marks each MDX page's propagated-assets module with the directive "use astro:head-inject",
 * which the bundler (Rolldown), not knowing it, reports once per chapter: a known Astro 7 issue
 * (withastro/astro#18087), seen in a fresh Starlight project too. Astro reads the marker itself,
 * so nothing is lost. Only that report is dropped; every other warning still shows.
 */
/** @param {{ code?: string; message: string }} warning @param {(warning: any) => void} warn */
function quietHeadInjectDirective(warning, warn) {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
  warn(warning);
}

/**
 * The lab code a page fetches on demand comes in a few chunks, not dozens: the simulation core
 * with the page's stores (every lab needs them), then one chunk per kit's engine. Each file is
 * gzipped on its own, so many small chunks cost more bytes and requests than a few larger ones.
 */
const LAB_CHUNKS = [
  // Vite's import helper serves Starlight's search too: alone, so no page without widgets fetches the widget loader.
  { name: 'preload-helper', test: /preload-helper/, priority: 30 },
  // What the page's own small loader shares with the lab code (the widget manifest, the loader's two sentences):
  // in a small chunk of its own, or the loader would pull the whole lab code in at page open. The site's other
  // labels (ui/strings.ts) stay out of it: they arrive with the widgets.
  { name: 'widget-loader', test: /src[\\/](ui[\\/]loader-strings|widgets[\\/]manifest)\.ts$/, priority: 20 },
  // nanostores serves the quizzes' progress as well as the labs: a page with only a quiz must not fetch the lab code.
  { name: 'nanostores', test: /node_modules[\\/]nanostores[\\/]/, priority: 20 },
  // The core and what several kits' presets share (vCenter's shape, membership and cluster, network builders, teaming labels), with everything they import.
  { name: 'lab', test: /sim-core[\\/]src[\\/](core\.ts|kits[\\/](base|shapes)\.ts|vcenter[\\/](cluster|membership|shape|types)\.ts|network[\\/](builders|teaming)\.ts)|src[\\/]stores[\\/](sim|labs|shell|clock|transcripts)\.ts$/, priority: 10 },
  // What the services kit's vim-cmd shares with vCenter's engine (the lab's VMs, their power, maintenance mode): alone, so
  // typing ps fetches neither vCenter's engine nor the kits it builds on.
  { name: 'vcenter-host', test: /sim-core[\\/]src[\\/](vcenter[\\/](vms|maintenance|power)|messages[\\/]vcenter)\.ts$/, priority: 8 },
  ...['services', 'network', 'storage', 'vcenter'].map((kit) => ({ name: `kit-${kit}`, test: new RegExp(`sim-core[\\\\/]src[\\\\/]kits[\\\\/]${kit}\\.ts$`), priority: 5 })),
];

// Sidebar entries are listed explicitly: with content outside src/content,
// Starlight's `autogenerate` groups come out empty (see README, "Adding a chapter").
export default defineConfig({
  site: SITE_URL,
  base: BASE_PATH,
  vite: {
    resolve: { alias: { 'starlight:props.css': STARLIGHT_PROPS_CSS } },
    build: {
      // The widget loader fetches each chunk's imports itself; preload lists of every chunk would ship at page open.
      modulePreload: false,
      // `SOURCEMAP=1 astro build` writes source maps, to see which modules a chunk's bytes come from.
      sourcemap: Boolean(process.env.SOURCEMAP),
      rolldownOptions: {
        onwarn: quietHeadInjectDirective,
        // sim-core is pure (ARCHITECTURE.md: no registries, nothing runs on import), so an import whose
        // bindings go unused can be dropped: no chunk pulls in another's modules only to evaluate them.
        treeshake: { moduleSideEffects: (id) => !/[\\/]sim-core[\\/]src[\\/]/.test(id) },
        output: { codeSplitting: { groups: LAB_CHUNKS } },
      },
    },
  },
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
            // The attribute lets each chapter's state be written under its link (src/widgets/progress).
            .map((chapter) => ({ label: chapter.title, link: `/${chapter.slug}/`, attrs: { 'data-progress-chapter': chapter.slug } })),
        },
        // Drawn from every ready chapter's quiz bank (src/widgets/exam).
        { label: 'Practice exam', link: '/exam/' },
        // The reader's own progress (src/widgets/progress) and spaced review (src/widgets/review).
        { label: 'Your progress', link: '/progress/' },
        { label: 'Spaced review', link: '/review/' },
      ],
      customCss: ['./src/styles/site.css'],
      // Starlight's theme scripts, guarded where the browser refuses storage (see the files).
      // Sidebar: Starlight's, with each chapter's progress under its link.
      components: { ThemeProvider: './src/starlight/ThemeProvider.astro', ThemeSelect: './src/starlight/ThemeSelect.astro', Sidebar: './src/starlight/Sidebar.astro' },
      // Wrapped code never scrolls sideways: readable on phones, and no scroll region that a
      // keyboard user could not reach (axe: scrollable-region-focusable).
      expressiveCode: { defaultProps: { wrap: true } },
      lastUpdated: false,
      // src/pages/404.astro says why.
      disable404Route: true,
      pagination: true,
    }),
    mdx(),
    // Last: it hashes the inline scripts of the finished pages.
    contentSecurityPolicy(),
  ],
});
