import type { LabEvent, LabState } from '../lab/types';
import { STORAGE_SCENARIOS } from '../scenarios/storage';
import { startBootStorm } from '../storage/boot-storm';
import { STORAGE_COMMANDS } from '../storage/commands';
import { tickStorage } from '../storage/jobs';
import { STORAGE_PRESETS } from '../storage/presets';
import { changeSetting, cloneDisk, zeroDisk } from '../storage/workloads';
import { defineKit } from './registry';


function workload(lab: LabState, event: LabEvent): LabState {
  if (event.type !== 'storage-workload') return lab;
  if (event.workload === 'boot-storm') return startBootStorm(lab, event);
  if (event.workload === 'clone') return cloneDisk(lab, event.host, event.datastore);
  if (event.workload === 'zero') return zeroDisk(lab, event.host, event.datastore, event.sizeGB);
  return lab;
}

const setting = (lab: LabState, event: LabEvent): LabState =>
  event.type === 'storage-setting' ? changeSetting(lab, event.host, event.name, event.value) : lab;

/** Block storage and VAAI: the shared array, VMFS datastores, the data mover's jobs, boot storms and the VAAI settings. */
export const STORAGE_KIT = defineKit({
  id: 'storage',
  commands: STORAGE_COMMANDS,
  presets: STORAGE_PRESETS,
  scenarios: STORAGE_SCENARIOS,
  events: { 'storage-workload': workload, 'storage-setting': setting },
  onTick: tickStorage,
});
