import { describe, expect, it } from 'vitest';
import { fullSim } from '#sim-core';
import { WIDGETS } from '../widgets/manifest';
import { isEmbeddable, LAB_FREE_WIDGETS, LAB_WIDGETS, scenarioIds, widgetEmbedPath, widgetEmbeds, widgetHosts } from './catalog';
import { chapterTexts, declaredPresets } from './chapters';

const presetIds = fullSim.presets().map((preset) => preset.id);

describe('the embed pages derived from the widget manifest and sim-core', () => {
  const embeds = widgetEmbeds();
  const key = (embed: { widget: string; preset: string }) => `${embed.widget}/${embed.preset}`;

  it('has one page per widget and preset, with no duplicates', () => {
    const keys = embeds.map(key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(embeds.every((embed) => embed.hosts.length > 0)).toBe(true);
  });

  it('offers every lab widget of the manifest on every preset, each host being whole, but for charts that need a dvSwitch and vCenter\'s views', () => {
    expect(LAB_WIDGETS.map((entry) => entry.slug)).toEqual(WIDGETS.filter((entry) => entry.embed === 'lab').map((entry) => entry.slug));
    for (const { slug } of LAB_WIDGETS) {
      for (const preset of presetIds) {
        const listed = embeds.find((embed) => embed.widget === slug && embed.preset === preset);
        expect(listed?.hosts ?? [], `${slug}/${preset}`).toEqual(widgetHosts(slug, preset));
      }
    }
    const listed = new Set(embeds.map(key));
    // Widgets of other chapters' subsystems work on any lab now.
    for (const pair of ['dcui/after-upgrade', 'boot-console/dvswitch-lab', 'vaai-lab/managed-host', 'switch-diagram/fresh-install']) expect(listed.has(pair), pair).toBe(true);
    // A chart whose lab lacks what it draws: no dvSwitch, no dvPortgroup "VM Network".
    expect(listed.has('nioc-chart/network-lab')).toBe(false);
    expect(listed.has('lbt-chart/cdp-down')).toBe(false);
    expect(listed.has('nioc-chart/dvswitch-lab')).toBe(true);
    // vCenter's views embed on the vcenter kit's labs, on any host (one vCenter does not manage yet, esx04, included).
    expect(listed.has('vcenter-inventory/standalone-host')).toBe(false);
    expect(listed.has('apply-wizard/managed-host')).toBe(false);
    expect(widgetHosts('compliance-board', 'host-profiles')).toEqual(['esx01', 'esx02', 'esx03', 'esx04', 'esx05']);
  });

  it('refuses what cannot be embedded', () => {
    expect(widgetHosts('terminal', 'no-such-preset')).toEqual([]);
    expect(isEmbeddable('quiz', 'after-upgrade', 'esx01')).toBe(false);
    expect(isEmbeddable('terminal', 'dvswitch-lab', 'esx09')).toBe(false);
    expect(LAB_FREE_WIDGETS.map((entry) => entry.slug)).toEqual(['sorter', 'timeline', 'version-table']);
  });

  it('lists hosts esx01 first and puts only another host in the query', () => {
    expect(widgetHosts('terminal', 'two-host-cluster')).toEqual(['esx01', 'esx02']);
    expect(widgetEmbedPath('terminal', 'two-host-cluster', 'esx01')).toBe('/embed/terminal/two-host-cluster/');
    expect(widgetEmbedPath('terminal', 'two-host-cluster', 'esx02')).toBe('/embed/terminal/two-host-cluster/?host=esx02');
  });

  it('has a page for every scenario of every kit', () => {
    expect(scenarioIds().sort()).toEqual(fullSim.scenarios().map((scenario) => scenario.id).sort());
    expect(new Set(scenarioIds()).size).toBe(scenarioIds().length);
    expect(scenarioIds().length).toBeGreaterThan(0);
  });

  it('can embed every lab widget the chapters place (so each offers its embed code under "Share or embed")', () => {
    const placed = chapterTexts().flatMap((chapter) => {
      const labs = Object.fromEntries([...chapter.text.matchAll(/^ {2}([\w-]+): ([\w-]+)$/gm)].map((m) => [m[1]!, m[2]!]));
      expect(Object.values(labs)).toEqual(declaredPresets(chapter.text));
      return [...chapter.text.matchAll(/<([A-Z][A-Za-z]*)\s+lab="([^"]*)"\s+host="([^"]*)"/g)].flatMap(([, component, lab, host]) => {
        const widget = WIDGETS.find((entry) => entry.component === component);
        return widget?.embed === 'lab' && labs[lab!] ? [{ widget: widget.slug, preset: labs[lab!]!, host: host! }] : [];
      });
    });
    expect(placed.length).toBeGreaterThan(10);
    expect(placed.filter((widget) => !isEmbeddable(widget.widget, widget.preset, widget.host))).toEqual([]);
  });
});
