import { fullSim, type LabState } from '#sim-core';
import { WIDGETS, type WidgetEntry } from '../widgets/manifest';
import { DEFAULT_LBT_PORTGROUP, teamingOf } from '../widgets/lbt-chart/lbt-view';
import { DEFAULT_NIOC_VMNIC, niocNow, teamUplinks } from '../widgets/nioc-chart/nioc-view';

/**
 * What can be embedded, derived from the widget manifest and sim-core's presets, so a new
 * widget, preset or scenario gets its embed pages without editing a list of URLs. Every lab
 * host is whole, so a lab widget can show any preset's hosts, but for the charts, which need
 * a distributed switch, and vCenter's views, which embed on the vcenter kit's labs. Build time only.
 */

/** The lab widgets that have embed pages, in the manifest's order. */
export const LAB_WIDGETS: readonly WidgetEntry[] = WIDGETS.filter((entry) => entry.embed === 'lab');
/** Widgets without a lab, embedded as they are (one page each). */
export const LAB_FREE_WIDGETS: readonly WidgetEntry[] = WIDGETS.filter((entry) => entry.embed === 'page');

export const isLabWidget = (slug: string): boolean => LAB_WIDGETS.some((entry) => entry.slug === slug);
export const widgetTitle = (slug: string): string => WIDGETS.find((entry) => entry.slug === slug)?.title ?? slug;

/** What a widget needs of a host beyond a whole host; absent: any host. */
const NEEDS: Readonly<Record<string, (lab: LabState, host: string) => boolean>> = {
  'nioc-chart': (lab, host) => niocNow(lab, host, DEFAULT_NIOC_VMNIC).rows.length > 0 && teamUplinks(lab, host).includes(DEFAULT_NIOC_VMNIC),
  'lbt-chart': (lab, host) => teamingOf(lab, host, DEFAULT_LBT_PORTGROUP) !== null,
};

/**
 * vCenter's views embed on the vcenter kit's labs only: any lab with a vCenter Server could show
 * them, but on another kit's lab they would fetch a second kit's engine and pass the live budget.
 */
const VCENTER_VIEWS = new Set(['vcenter-inventory', 'compliance-board', 'apply-wizard']);
const presetFits = (widget: string, preset: string): boolean => !VCENTER_VIEWS.has(widget) || fullSim.kitOfPreset(preset) === 'vcenter';

/** One embed page of a lab widget: the widget on a preset's lab, with the hosts a reader may pick. */
export interface WidgetEmbed {
  widget: string;
  preset: string;
  /** Hosts the widget can show (the first is the default, esx01 where it can). */
  hosts: string[];
  title: string;
}

const presetIds = (): string[] => fullSim.presets().map((preset) => preset.id);

/** The hosts of a preset's lab that a widget can show, esx01 first when it is one of them. */
export function widgetHosts(widget: string, preset: string): string[] {
  if (!isLabWidget(widget) || !fullSim.presetInfo(preset) || !presetFits(widget, preset)) return [];
  const lab = fullSim.createLab(preset);
  const needs = NEEDS[widget] ?? (() => true);
  const hosts = Object.keys(lab.hosts).filter((host) => needs(lab, host));
  return hosts.includes('esx01') ? ['esx01', ...hosts.filter((host) => host !== 'esx01')] : hosts;
}

/** Every lab widget on every preset it can show. */
export function widgetEmbeds(): WidgetEmbed[] {
  return LAB_WIDGETS.flatMap(({ slug, title }) =>
    presetIds().flatMap((preset) => {
      const hosts = widgetHosts(slug, preset);
      return hosts.length === 0 ? [] : [{ widget: slug, preset, hosts, title: `${title}: ${fullSim.presetInfo(preset)!.title}` }];
    }),
  );
}

/** A lab widget's embed URL path; the host is a query parameter when it is not the default. */
export function widgetEmbedPath(widget: string, preset: string, host?: string): string {
  const hosts = widgetHosts(widget, preset);
  const path = `/embed/${widget}/${preset}/`;
  return host && host !== hosts[0] ? `${path}?host=${encodeURIComponent(host)}` : path;
}

/** Whether a widget on this preset and host has an embed page. */
export const isEmbeddable = (widget: string, preset: string, host: string): boolean => widgetHosts(widget, preset).includes(host);

export const scenarioEmbedPath = (id: string) => `/embed/scenario/${id}/`;

/** Every scenario of every kit. */
export const scenarioIds = (): string[] => fullSim.scenarios().map((scenario) => scenario.id);

export const quizEmbedPath = (bank: string) => `/embed/quiz/${bank}/`;
