import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kitOfPreset, presetIds, scenarioById } from '#sim-core';
import { chapters } from '../chapters.mjs';
import { LAB_WIDGETS, type LabWidgetSlug } from './catalog';

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
  widget: LabWidgetSlug;
  preset: string;
  host: string;
}

/** `BootConsole` -> `boot-console`: a component's name as its widget folder's. */
const folderOf = (component: string) => component.replace(/(?<=[a-z0-9])([A-Z])/g, '-$1').toLowerCase();

/** The lab widgets a chapter places on a scenario's lab, in the chapter's order. */
export function pairedWidgets(text: string, scenarioId: string): PairedWidget[] {
  const tag = /<([A-Z][A-Za-z]*)\s+([^>]*?)\/>/g;
  const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
  return [...text.matchAll(tag)].flatMap(([, component, attrs]) => {
    const widget = folderOf(component!) as LabWidgetSlug;
    const preset = attr(attrs!, 'preset');
    if (attr(attrs!, 'lab') !== `scenario-${scenarioId}` || !LAB_WIDGETS.includes(widget) || !preset) return [];
    return [{ widget, preset, host: attr(attrs!, 'host') ?? 'esx01' }];
  });
}

/** The first chapter whose text contains `needle`. */
export const chapterWith = (texts: readonly ChapterText[], needle: string): ChapterText | undefined => texts.find((chapter) => chapter.text.includes(needle));

/** The chapter to read for a preset: the one that uses it, else one that uses another preset of its kit. */
export function chapterOfPreset(texts: readonly ChapterText[], preset: string): ChapterText | undefined {
  const kin = presetIds().filter((other) => kitOfPreset(other) === kitOfPreset(preset));
  return chapterWith(texts, `preset="${preset}"`) ?? texts.find((chapter) => kin.some((other) => chapter.text.includes(`preset="${other}"`)));
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
  const scenario = scenarioById(id);
  if (!scenario) return [];
  const chapter = chapterOfScenario(texts, id);
  const paired = chapter ? pairedWidgets(chapter.text, id) : [];
  return paired.length > 0 ? paired : [{ widget: 'terminal', preset: scenario.preset, host: scenario.host }];
}
