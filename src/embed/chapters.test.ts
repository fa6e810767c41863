import { describe, expect, it } from 'vitest';
import { scenarioById } from '#sim-core/testing';
import { declaredPresets } from './chapters';
import { readFileSync } from 'node:fs';
import { AUTO_HEIGHT_SNIPPET, embedSnippet } from './snippet';
import { chapterOfPreset, chapterOfScenario, chapterTexts, pairedWidgets, scenarioWidgets } from './chapters';

describe('reading the chapters for embeds', () => {
  it('finds the widgets a chapter places on a scenario\'s lab, not other labs\' or chips', () => {
    const text = [
      '<Scenario id="demo" />',
      '<BootConsole lab="scenario-demo" host="esx01" />',
      '<RunCommand lab="scenario-demo" host="esx01" command="ls" />',
      '<Terminal lab="scenario-other" host="esx01" />',
      '<NiocChart lab="scenario-demo" host="esx02" vmnic="vmnic0" />',
    ].join('\n');
    expect(pairedWidgets(text, 'demo')).toEqual([
      { widget: 'boot-console', host: 'esx01' },
      { widget: 'nioc-chart', host: 'esx02' },
    ]);
  });

  it('pairs each real scenario with its chapter\'s widgets, or a terminal on its lab', () => {
    expect(scenarioWidgets('boot-rollback').map((paired) => paired.widget)).toEqual(['terminal', 'boot-console']);
    const none = [{ slug: 'x', title: 'X', text: 'no scenarios here' }];
    const rollback = scenarioById('boot-rollback')!;
    expect(scenarioWidgets('boot-rollback', none)).toEqual([{ widget: 'terminal', host: rollback.host }]);
    expect(scenarioWidgets('no-such-scenario')).toEqual([]);
  });

  it('reads the labs a chapter declares in its frontmatter', () => {
    expect(declaredPresets('---\ntitle: T\nlabs:\n  boot: after-upgrade\n  fallback: failed-upgrade\ndescription: D\n---\n<Terminal lab="boot" />')).toEqual(['after-upgrade', 'failed-upgrade']);
    expect(declaredPresets('---\ntitle: T\n---\nlabs:\n  x: y')).toEqual([]);
  });

  it('points each preset and scenario at a chapter', () => {
    const texts = chapterTexts();
    expect(chapterOfPreset(texts, 'after-upgrade')?.slug).toBe('boot-process');
    // Used by no chapter: the chapter of its kit's other presets.
    expect(chapterOfPreset(texts, 'fresh-install')?.slug).toBe('boot-process');
    expect(chapterOfScenario(texts, 'jumbo-mismatch')?.slug).toBe('networking');
  });

  it('writes iframe code with its attributes escaped', () => {
    expect(embedSnippet('https://example.test/embed/terminal/after-upgrade/?host=a&b', 'A "quoted" <name>')).toBe(
      '<iframe src="https://example.test/embed/terminal/after-upgrade/?host=a&amp;b" title="A &quot;quoted&quot; &lt;name>, from Inside ESXi 4.1" width="100%" height="480" style="border:0" loading="lazy"></iframe>',
    );
  });

  it('documents in the README the same auto-height lines as the /embed/ page', () => {
    expect(readFileSync('README.md', 'utf8')).toContain(AUTO_HEIGHT_SNIPPET);
    expect(AUTO_HEIGHT_SNIPPET).toContain("'esxi-embed:height'");
  });
});
