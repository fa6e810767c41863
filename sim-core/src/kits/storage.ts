import { STORAGE_SCENARIOS } from '../scenarios/storage';
import { STORAGE_COMMANDS } from '../storage/commands';
import { tickStorage } from '../storage/jobs';
import { STORAGE_PRESETS } from '../storage/presets';
import { defineKit } from './registry';

/** Block storage and VAAI: the shared array, VMFS datastores, the data mover's jobs and the VAAI settings. */
export const STORAGE_KIT = defineKit({
  id: 'storage',
  commands: STORAGE_COMMANDS,
  presets: STORAGE_PRESETS,
  scenarios: STORAGE_SCENARIOS,
  onTick: tickStorage,
});
