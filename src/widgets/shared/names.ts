import { fullSim } from '#sim-core';

/**
 * What follows a widget's name ("Terminal, esx01") so that widgets of different labs on one
 * page stay distinguishable: the scenario a lab belongs to, or else the lab's starting point.
 * Build time only.
 */
export function labContext(labId: string, preset: string): string {
  const scenario = labId.startsWith('scenario-') ? fullSim.scenarioById(labId.slice('scenario-'.length)) : undefined;
  if (scenario) return `, scenario: ${scenario.title}`;
  const info = fullSim.presetInfo(preset);
  return info ? `, ${info.title.charAt(0).toLowerCase()}${info.title.slice(1)}` : '';
}
