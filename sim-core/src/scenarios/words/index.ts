import type { ScenarioWords } from '../types';
import { BASICS_WORDS } from './basics';
import { BOOT_WORDS } from './boot';
import { NETWORK_WORDS } from './network';
import { SERVICES_WORDS } from './services';
import { STORAGE_WORDS } from './storage';
import { VCENTER_WORDS } from './vcenter';

const WORDS: Readonly<Record<string, ScenarioWords>> = { ...BASICS_WORDS, ...BOOT_WORDS, ...SERVICES_WORDS, ...NETWORK_WORDS, ...STORAGE_WORDS, ...VCENTER_WORDS };

/** A scenario's task and hints (server render, tests, the REPL); undefined for an unknown id. */
export function scenarioWords(id: string): ScenarioWords | undefined {
  return Object.hasOwn(WORDS, id) ? WORDS[id] : undefined;
}
