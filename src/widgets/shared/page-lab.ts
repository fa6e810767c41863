import type { AstroGlobal } from 'astro';
import { fullSim, type HostState, type LabState } from '#sim-core';
import { scenarioOfLab } from './scenario-lab';

/** What a lab widget's element carries: its lab, the lab's preset and the kits that preset needs, and its host. */
export interface LabAttributes {
  lab: string;
  preset: string;
  host: string;
  kits: string;
}

export interface PageLab {
  /** The lab as its preset builds it, for the widget's server render. */
  lab: LabState;
  host: HostState;
  attrs: LabAttributes;
}

/**
 * The labs a page declares, once, by id and preset: a chapter's frontmatter `labs:`, or what
 * an embed page puts in `Astro.locals.labs`. A scenario's lab (scenario-lab.ts) is declared by
 * its scenario, which names its preset.
 */
export function declaredLabs(astro: AstroGlobal): Readonly<Record<string, string>> {
  if (astro.locals.labs) return astro.locals.labs;
  // Starlight's route data exists only on its own pages (reading it elsewhere throws).
  if (!('starlightRoute' in astro.locals)) return {};
  const route = (astro.locals as { starlightRoute?: { entry?: { data?: { labs?: Record<string, string> } } } }).starlightRoute;
  return route?.entry?.data?.labs ?? {};
}

export function presetOfLab(astro: AstroGlobal, labId: string): string | undefined {
  return scenarioOfLab(labId)?.preset ?? declaredLabs(astro)[labId];
}

/**
 * The lab a widget shows, for its server render. A widget naming a lab the page does not
 * declare, or a host its lab does not have, fails the build with a sentence that says where.
 */
export function pageLab(astro: AstroGlobal, widget: string, labId: string, hostId: string): PageLab {
  const preset = presetOfLab(astro, labId);
  if (!preset) throw new Error(`${widget} on ${astro.url.pathname}: the page declares no lab "${labId}" (add it under labs: in the page's frontmatter)`);
  if (!fullSim.presetInfo(preset)) throw new Error(`${widget} on ${astro.url.pathname}: lab "${labId}" names an unknown preset "${preset}"`);
  const lab = fullSim.createLab(preset);
  const host = lab.hosts[hostId];
  if (!host) throw new Error(`${widget} on ${astro.url.pathname}: preset "${preset}" has no host "${hostId}" (lab "${labId}")`);
  return { lab, host, attrs: { lab: labId, preset, host: hostId, kits: fullSim.kitsOfPreset(preset)!.filter((kit) => kit !== 'base').join(' ') } };
}

/** The attributes every lab widget takes in a chapter: which lab of the page, and which host. */
export interface LabWidgetProps {
  lab: string;
  host?: string;
}
