import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kitIds, presetIds, scenarios } from '#sim-core';
import { isEmbeddable, LAB_WIDGETS, RUNTIME_WIDGETS, scenarioIds, widgetEmbedPath, widgetEmbeds, widgetHosts } from './catalog';
import { chapterTexts } from './chapters';

describe('the embed pages derived from sim-core', () => {
  const embeds = widgetEmbeds();
  const key = (embed: { widget: string; preset: string }) => `${embed.widget}/${embed.preset}`;

  it('has one page per widget and preset, with no duplicates', () => {
    const keys = embeds.map(key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(embeds.every((embed) => embed.hosts.length > 0)).toBe(true);
  });

  it('offers every widget on every preset whose kit runtime defines it and whose lab it can show', () => {
    for (const widget of LAB_WIDGETS) {
      for (const preset of presetIds()) {
        const listed = embeds.find((embed) => embed.widget === widget && embed.preset === preset);
        expect(listed?.hosts ?? [], `${widget}/${preset}`).toEqual(widgetHosts(widget, preset));
      }
    }
    // Every preset can at least be embedded as a terminal; every widget somewhere.
    expect(presetIds().filter((preset) => !embeds.some((embed) => embed.widget === 'terminal' && embed.preset === preset))).toEqual([]);
    expect(LAB_WIDGETS.filter((widget) => !embeds.some((embed) => embed.widget === widget))).toEqual([]);
  });

  it('leaves out combinations that cannot run', () => {
    const listed = new Set(embeds.map(key));
    // A widget whose elements the preset's kit runtime does not define.
    expect(listed.has('dcui/after-upgrade')).toBe(false);
    expect(listed.has('boot-console/dvswitch-lab')).toBe(false);
    expect(listed.has('vaai-lab/managed-host')).toBe(false);
    // A chart whose lab lacks what it draws: no dvSwitch, no dvPortgroup "VM Network".
    expect(listed.has('nioc-chart/network-lab')).toBe(false);
    expect(listed.has('lbt-chart/cdp-down')).toBe(false);
    expect(listed.has('nioc-chart/dvswitch-lab')).toBe(true);
    expect(widgetHosts('terminal', 'no-such-preset')).toEqual([]);
    expect(isEmbeddable('quiz', 'after-upgrade', 'esx01')).toBe(false);
    expect(isEmbeddable('terminal', 'dvswitch-lab', 'esx09')).toBe(false);
  });

  it('lists hosts esx01 first and puts only another host in the query', () => {
    expect(widgetHosts('terminal', 'two-host-cluster')).toEqual(['esx01', 'esx02']);
    expect(widgetEmbedPath('terminal', 'two-host-cluster', 'esx01')).toBe('/embed/terminal/two-host-cluster/');
    expect(widgetEmbedPath('terminal', 'two-host-cluster', 'esx02')).toBe('/embed/terminal/two-host-cluster/?host=esx02');
  });

  it('has a page for every scenario of every kit', () => {
    expect(scenarioIds().sort()).toEqual(scenarios().map((scenario) => scenario.id).sort());
    expect(new Set(scenarioIds()).size).toBe(scenarioIds().length);
    expect(scenarioIds().length).toBeGreaterThan(0);
  });

  it('can embed every lab widget the chapters place (so each shows an Embed disclosure)', () => {
    const tag = /<([A-Z][A-Za-z]*)\s+lab="[^"]*"\s+preset="([^"]*)"\s+host="([^"]*)"/g;
    const placed = chapterTexts().flatMap((chapter) => [...chapter.text.matchAll(tag)])
      .map(([, component, preset, host]) => ({ widget: component!.replace(/(?<=[a-z])([A-Z])/g, '-$1').toLowerCase(), preset: preset!, host: host! }))
      .filter((widget) => widget.widget !== 'run-command');
    expect(placed.length).toBeGreaterThan(10);
    expect(placed.filter((widget) => !isEmbeddable(widget.widget, widget.preset, widget.host))).toEqual([]);
  });
});

describe('RUNTIME_WIDGETS', () => {
  /** The widget folders whose custom elements a runtime module imports, through the client lists. */
  function elementsOf(file: string): string[] {
    const source = readFileSync(file, 'utf8');
    const imports = [...source.matchAll(/^import '([^']+)';/gm)].map((match) => match[1]!);
    const dir = file.slice(0, file.lastIndexOf('/'));
    return imports.flatMap((path) => {
      const folder = /\.\.\/(?:\.\.\/)?([a-z-]+)\/[a-z-]+-element$/.exec(path)?.[1];
      if (folder) return [folder];
      if (/^\.\.\/[a-z-]+-client$|^\.\.\/client$/.test(path)) return elementsOf(`${dir}/${path}.ts`);
      return [];
    });
  }

  it('matches the elements each kit runtime defines', () => {
    for (const kit of kitIds().filter((id) => id !== 'boot-scenarios')) {
      const defined = new Set(elementsOf(`src/widgets/shared/runtimes/runtime-${kit}.ts`));
      expect([...RUNTIME_WIDGETS[kit]!].sort(), kit).toEqual(LAB_WIDGETS.filter((widget) => defined.has(widget)).sort());
    }
  });
});
