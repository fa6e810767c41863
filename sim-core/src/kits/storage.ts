import type { LabEvent, LabState } from '../lab/types';
import { STORAGE_SCENARIOS } from '../scenarios/storage';
import { startBootStorm } from '../storage/boot-storm';
import { STORAGE_COMMANDS } from '../storage/commands';
import { tickStorage } from '../storage/jobs';
import { STORAGE_PRESETS } from '../storage/presets';
import { defineKit } from './registry';


const workload = (lab: LabState, event: LabEvent): LabState =>
  event.type === 'storage-workload' && event.workload === 'boot-storm' ? startBootStorm(lab, event) : lab;

/** Block storage and VAAI: the shared array, VMFS datastores, the data mover's jobs, boot storms and the VAAI settings. */
export const STORAGE_KIT = defineKit({
  id: 'storage',
  commands: STORAGE_COMMANDS,
  presets: STORAGE_PRESETS,
  scenarios: STORAGE_SCENARIOS,
  events: { 'storage-workload': workload },
  onTick: tickStorage,
});
