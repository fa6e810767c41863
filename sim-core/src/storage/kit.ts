import type { Kit } from '../sim/kit';
import { storageInvariants } from './invariants';
import { STORAGE_SCENARIOS } from '../scenarios/storage';
import { stormDone } from './boot-storm';
import { STORAGE_COMMANDS } from './commands';
import { tickStorage } from './jobs';
import { STORAGE_PRESETS } from './presets';
import { storageShape } from './shape';
import { changeSetting, workload } from './workloads';

/** Block storage and VAAI: the shared array, VMFS datastores, the data mover's jobs, boot storms and the VAAI settings. */
export const storageKit: Kit = {
  ...storageShape,
  commands: STORAGE_COMMANDS,
  events: { 'storage-workload': workload, 'storage-setting': changeSetting },
  tick: tickStorage,
  // A copy or a zeroing job still running, or a boot storm whose VMs are still powering on.
  busy: (lab) => lab.storage.jobs.some((job) => !job.mover.done) || (lab.storage.storms ?? []).some((storm) => !stormDone(storm, lab.clock.nowMs)),
  invariants: storageInvariants,
  presets: STORAGE_PRESETS,
  scenarios: STORAGE_SCENARIOS,
};
