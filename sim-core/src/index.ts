/** Everything: the core and every kit (Node, tests, the REPL, the site's build). Re-exports only. */
export * from './core';
import './kits/base';
import './kits/boot-scenarios';
import './kits/services';
import './kits/storage';
import './kits/network';
/** Scenario words are for the server render only: pages import the core and kits, never this. */
export { scenarioWords } from './scenarios/words';
export type { ScenarioWords } from './scenarios/types';
