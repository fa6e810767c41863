import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPresetId, scenarioById } from '#sim-core';

const DOCS = 'content/docs';

/** Every widget tag on a chapter with its lab and preset attributes (a scenario's lab and preset come from the scenario). */
function labUses(mdx: string): { tag: string; lab: string; preset: string | undefined }[] {
  return [...mdx.matchAll(/<(\w+)\s([^>]*?)\/>/g)].flatMap(([, tag, attrs]) => {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs!)?.[1];
    if (tag === 'Scenario') {
      const scenario = scenarioById(attr('id') ?? '');
      return scenario ? [{ tag: tag!, lab: attr('lab') ?? `scenario-${scenario.id}`, preset: scenario.preset }] : [];
    }
    const lab = attr('lab');
    return lab ? [{ tag: tag!, lab, preset: attr('preset') }] : [];
  });
}

describe('the labs of each chapter', () => {
  for (const file of readdirSync(DOCS).filter((name) => name.endsWith('.mdx'))) {
    it(`${file}: every widget names a known preset, the same one for all widgets on a lab`, () => {
      const uses = labUses(readFileSync(join(DOCS, file), 'utf8'));
      const presetOf = new Map<string, string>();
      for (const use of uses) {
        // A chip without its preset would wake the base kit's runtime for nothing.
        expect(use.preset, `${use.tag} on lab "${use.lab}" names no preset`).toBeDefined();
        expect(isPresetId(use.preset!), `${use.tag}: unknown preset "${use.preset}"`).toBe(true);
        const first = presetOf.get(use.lab) ?? use.preset!;
        presetOf.set(use.lab, first);
        expect(use.preset, `${use.tag} on lab "${use.lab}"`).toBe(first);
      }
    });
  }
});
