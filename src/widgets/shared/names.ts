import { scenarioById } from '#sim-core';

/**
 * What follows a widget's name when its lab belongs to a scenario, so that two terminals on
 * one page ("Terminal, esx01" for the chapter's lab and the scenario's) stay distinguishable.
 */
export function labContext(labId: string): string {
  const scenario = labId.startsWith('scenario-') ? scenarioById(labId.slice('scenario-'.length)) : undefined;
  return scenario ? `, scenario: ${scenario.title}` : '';
}
