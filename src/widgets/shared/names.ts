import { fullSim } from '#sim-core';
import { scenarioOfLab } from './scenario-lab';

/**
 * What follows a widget's name ("Terminal, esx01") so that widgets of different labs on one
 * page stay distinguishable: the scenario a lab belongs to, or else the lab's starting point.
 * Build time only.
 */
export function labContext(labId: string, preset: string): string {
  const scenario = scenarioOfLab(labId);
  if (scenario) return `, scenario: ${scenario.title}`;
  const info = fullSim.presetInfo(preset);
  return info ? `, ${info.title.charAt(0).toLowerCase()}${info.title.slice(1)}` : '';
}
