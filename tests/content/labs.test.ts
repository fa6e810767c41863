import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPresetId, scenarioById } from '#sim-core/testing';
import { declaredPresets } from '../../src/embed/chapters';

const DOCS = 'content/docs';

/** The labs a chapter's frontmatter declares, by id. */
function declared(mdx: string): Record<string, string> {
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(mdx)?.[1] ?? '';
  const block = /^labs:\n((?:[ \t]+[\w-]+:[ \t]*[\w-]+\n?)*)/m.exec(frontmatter)?.[1] ?? '';
  return Object.fromEntries([...block.matchAll(/^[ \t]+([\w-]+):[ \t]*([\w-]+)/gm)].map((m) => [m[1]!, m[2]!]));
}

/** Every widget tag that names a lab, and the scenario panels (which declare their own lab). */
function uses(mdx: string): { tag: string; lab: string }[] {
  return [...mdx.matchAll(/<(\w+)\s([^>]*?)\/>/g)].flatMap(([, tag, attrs]) => {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs!)?.[1];
    if (tag === 'Scenario') return [{ tag: tag!, lab: attr('lab') ?? `scenario-${attr('id')}` }];
    const lab = attr('lab');
    return lab ? [{ tag: tag!, lab }] : [];
  });
}

describe('the labs of each chapter', () => {
  for (const file of readdirSync(DOCS).filter((name) => name.endsWith('.mdx'))) {
    it(`${file}: each lab is declared once with a known preset, and every widget names a declared lab or a scenario's`, () => {
      const mdx = readFileSync(join(DOCS, file), 'utf8');
      const labs = declared(mdx);
      expect(Object.values(labs)).toEqual(declaredPresets(mdx));
      for (const [lab, preset] of Object.entries(labs)) expect(isPresetId(preset), `lab "${lab}": unknown preset "${preset}"`).toBe(true);
      const placed = uses(mdx);
      for (const use of placed) {
        const scenario = use.lab.startsWith('scenario-') ? scenarioById(use.lab.slice('scenario-'.length)) : undefined;
        expect(scenario !== undefined || use.lab in labs, `${use.tag} names lab "${use.lab}", which ${file} does not declare`).toBe(true);
        // A widget does not say its preset any more: the page's declaration does, once.
      }
      for (const lab of Object.keys(labs)) expect(placed.some((use) => use.lab === lab), `lab "${lab}" is declared but no widget shows it`).toBe(true);
      expect(mdx).not.toMatch(/<\w+\s[^>]*\bpreset="/);
    });
  }
});
