import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fullSim } from '#sim-core';
import { chapters } from '../chapters.mjs';
import { WIDGETS } from '../widgets/manifest';
import { scenarioLabId } from '../widgets/shared/scenario-lab';
import { isLabWidget } from './catalog';

/**
 * Which chapter an embed page points back to, and which widgets a chapter pairs with each
 * scenario, read from the chapters themselves (content/docs/*.mdx). Build time only.
 */

export interface ChapterText {
  slug: string;
  title: string;
  text: string;
}

export interface PairedWidget {
  widget: string;
  host: string;
}

/** The lab widgets a chapter places on a scenario's lab, in the chapter's order (not its chips). */
export function pairedWidgets(text: string, scenarioId: string): PairedWidget[] {
  const tag = /<([A-Z][A-Za-z]*)\s+([^>]*?)\/>/g;
  const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
  return [...text.matchAll(tag)].flatMap(([, component, attrs]) => {
    const widget = WIDGETS.find((entry) => entry.component === component)?.slug;
    if (!widget || !isLabWidget(widget) || attr(attrs!, 'lab') !== scenarioLabId(scenarioId)) return [];
    return [{ widget, host: attr(attrs!, 'host') ?? 'esx01' }];
  });
}

/** The labs a chapter declares in its frontmatter (`labs:` then `  <id>: <preset>` lines). */
export function declaredPresets(text: string): string[] {
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const block = /^labs:\n((?:[ \t]+[\w-]+:[ \t]*[\w-]+\n?)*)/m.exec(frontmatter)?.[1] ?? '';
  return [...block.matchAll(/^[ \t]+[\w-]+:[ \t]*([\w-]+)/gm)].map((match) => match[1]!);
}

/** The first chapter whose text contains `needle`. */
export const chapterWith = (texts: readonly ChapterText[], needle: string): ChapterText | undefined => texts.find((chapter) => chapter.text.includes(needle));

/** The chapter to read for a preset: the one whose labs use it, else one that uses another preset of its kit. */
export function chapterOfPreset(texts: readonly ChapterText[], preset: string): ChapterText | undefined {
  const kit = fullSim.kitOfPreset(preset);
  const uses = (chapter: ChapterText, test: (used: string) => boolean) => declaredPresets(chapter.text).some(test);
  return texts.find((chapter) => uses(chapter, (used) => used === preset)) ?? texts.find((chapter) => uses(chapter, (used) => fullSim.kitOfPreset(used) === kit));
}

/** The chapter that holds a scenario's panel. */
export const chapterOfScenario = (texts: readonly ChapterText[], id: string) => chapterWith(texts, `<Scenario id="${id}"`);

/** The published chapters' sources (read once per build). */
let cache: ChapterText[] | undefined;
export function chapterTexts(root = process.cwd()): ChapterText[] {
  cache ??= chapters
    .filter((chapter) => chapter.status === 'ready')
    .map((chapter) => ({ slug: chapter.slug, title: chapter.title, text: readFileSync(join(root, 'content/docs', `${chapter.slug}.mdx`), 'utf8') }));
  return cache;
}

/** What a scenario's embed page shows under its panel: the chapter's widgets on its lab, or else a terminal. */
export function scenarioWidgets(id: string, texts = chapterTexts()): PairedWidget[] {
  const scenario = fullSim.scenarioById(id);
  if (!scenario) return [];
  const chapter = chapterOfScenario(texts, id);
  const paired = chapter ? pairedWidgets(chapter.text, id) : [];
  return paired.length > 0 ? paired : [{ widget: 'terminal', host: scenario.host }];
}
