/** Everything, for Node (tests, the REPL, the site's build): the core, every kit, and the full simulation. Re-exports only, plus `fullSim`. */
import { ALL_KITS } from './kits/all';
import { createSim } from './sim/create-sim';

export * from './core';
export { ALL_KITS };
/** Scenario words are for the server render only: pages import the core and kits, never this. */
export { scenarioWords } from './scenarios/words';
export type { ScenarioWords } from './scenarios/types';

/** The simulation with every kit loaded: the same value wherever it is imported from. */
export const fullSim = createSim(ALL_KITS);
