import { fullSim, type Scenario } from '#sim-core';

/** A scenario's own lab on a page: its panel and the widgets placed beside it name this id. */
export const scenarioLabId = (scenarioId: string): string => `scenario-${scenarioId}`;

/** The scenario whose lab this is, if it is one. Build time only. */
export function scenarioOfLab(labId: string): Scenario | undefined {
  const prefix = scenarioLabId('');
  return labId.startsWith(prefix) ? fullSim.scenarioById(labId.slice(prefix.length)) : undefined;
}
