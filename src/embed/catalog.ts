import { createLab, kitOfPreset, presetIds, presetInfo, scenarios, type LabState } from '#sim-core';
import { teamingOf } from '../widgets/lbt-chart/lbt-view';
import { niocNow, teamUplinks } from '../widgets/nioc-chart/nioc-view';
import { switchBoxes } from '../widgets/switch-diagram/switch-view';

/**
 * What can be embedded, derived from sim-core's presets and each widget's needs, so a new
 * preset or scenario gets its embed pages without editing a list of URLs. Build time only.
 */

/** The lab widgets that have embed pages: their folder names under src/widgets/. */
export const LAB_WIDGETS = ['terminal', 'boot-console', 'boot-banks', 'dcui', 'process-explorer', 'port-map', 'switch-diagram', 'nioc-chart', 'lbt-chart', 'vaai-lab', 'vaai-counters'] as const;
export type LabWidgetSlug = (typeof LAB_WIDGETS)[number];

const BOOT_WIDGETS = ['terminal', 'boot-console', 'boot-banks'] as const;

/**
 * The widgets whose elements each kit's page runtime defines (src/widgets/shared/runtimes/:
 * a test holds this to the imports there). A widget on a lab runs with the runtime of the kit
 * that offers the lab's preset, so it can be embedded only on those presets.
 */
export const RUNTIME_WIDGETS: Readonly<Record<string, readonly LabWidgetSlug[]>> = {
  base: BOOT_WIDGETS,
  services: [...BOOT_WIDGETS, 'dcui', 'process-explorer', 'port-map'],
  storage: [...BOOT_WIDGETS, 'vaai-lab', 'vaai-counters'],
  network: ['terminal', 'switch-diagram', 'nioc-chart', 'lbt-chart'],
};

/** The NIC and dvPortgroup the charts show by default (their components' defaults). */
const NIOC_VMNIC = 'vmnic0';
const LBT_PORTGROUP = 'VM Network';

/** What a widget needs of a host beyond its kit's runtime; absent: any host of the lab. */
const NEEDS: Partial<Record<LabWidgetSlug, (lab: LabState, host: string) => boolean>> = {
  dcui: (lab, host) => lab.hosts[host]?.services !== undefined,
  'process-explorer': (lab, host) => lab.hosts[host]?.services !== undefined,
  'port-map': (lab, host) => lab.hosts[host]?.services !== undefined,
  'switch-diagram': (lab, host) => switchBoxes(lab, host).length > 0,
  'nioc-chart': (lab, host) => niocNow(lab, host, NIOC_VMNIC).rows.length > 0 && teamUplinks(lab, host).includes(NIOC_VMNIC),
  'lbt-chart': (lab, host) => teamingOf(lab, host, LBT_PORTGROUP) !== null,
};

export const WIDGET_TITLES: Readonly<Record<LabWidgetSlug, string>> = {
  terminal: 'Terminal',
  'boot-console': 'Boot console',
  'boot-banks': 'Boot banks',
  dcui: 'DCUI',
  'process-explorer': 'Process explorer',
  'port-map': 'Port map',
  'switch-diagram': 'Switch diagram',
  'nioc-chart': 'Network I/O Control chart',
  'lbt-chart': 'Load-Based Teaming chart',
  'vaai-lab': 'VAAI lab',
  'vaai-counters': 'VAAI counters',
};

/** One embed page of a lab widget: the widget on a preset's lab, with the hosts a reader may pick. */
export interface WidgetEmbed {
  widget: LabWidgetSlug;
  preset: string;
  /** Hosts the widget can show (the first is the default, esx01 where it can). */
  hosts: string[];
  title: string;
}

/** The hosts of a preset's lab that a widget can show, esx01 first when it is one of them. */
export function widgetHosts(widget: LabWidgetSlug, preset: string): string[] {
  const kit = kitOfPreset(preset);
  if (!kit || !RUNTIME_WIDGETS[kit]?.includes(widget)) return [];
  const lab = createLab(preset);
  const needs = NEEDS[widget] ?? (() => true);
  const hosts = Object.keys(lab.hosts).filter((host) => needs(lab, host));
  return hosts.includes('esx01') ? ['esx01', ...hosts.filter((host) => host !== 'esx01')] : hosts;
}

/** Every lab widget on every preset it supports. */
export function widgetEmbeds(): WidgetEmbed[] {
  return LAB_WIDGETS.flatMap((widget) =>
    presetIds().flatMap((preset) => {
      const hosts = widgetHosts(widget, preset);
      return hosts.length === 0 ? [] : [{ widget, preset, hosts, title: `${WIDGET_TITLES[widget]}: ${presetInfo(preset)!.title}` }];
    }),
  );
}

/** A lab widget's embed URL path; the host is a query parameter when it is not the default. */
export function widgetEmbedPath(widget: string, preset: string, host?: string): string {
  const hosts = LAB_WIDGETS.includes(widget as LabWidgetSlug) ? widgetHosts(widget as LabWidgetSlug, preset) : [];
  const path = `/embed/${widget}/${preset}/`;
  return host && host !== hosts[0] ? `${path}?host=${encodeURIComponent(host)}` : path;
}

/** Whether a widget on this preset and host has an embed page. */
export const isEmbeddable = (widget: string, preset: string, host: string): boolean =>
  LAB_WIDGETS.includes(widget as LabWidgetSlug) && widgetHosts(widget as LabWidgetSlug, preset).includes(host);

export const scenarioEmbedPath = (id: string) => `/embed/scenario/${id}/`;

/** Every scenario of every kit. */
export const scenarioIds = (): string[] => scenarios().map((scenario) => scenario.id);

/** Widgets without a lab, embedded as they are (one page each): folder-like slug, title, the component chapters place. */
export const LAB_FREE_WIDGETS = [
  { slug: 'sorter', title: 'Emulation, simulation or virtualization?', component: 'VirtualizationSorter' },
  { slug: 'timeline', title: 'VMware timeline', component: 'VmwareTimeline' },
  { slug: 'version-table', title: 'ESX and ESXi versions', component: 'VersionTable' },
] as const;
export type LabFreeSlug = (typeof LAB_FREE_WIDGETS)[number]['slug'];

export const quizEmbedPath = (bank: string) => `/embed/quiz/${bank}/`;
