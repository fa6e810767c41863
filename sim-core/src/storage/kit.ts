import type { Kit } from '../sim/kit';
import { storageInvariants } from './invariants';
import { stormOutcome } from './boot-storm';
import { INTERVAL_SECONDS } from './counters';
import type { LabState } from '../lab/types';
import { jobProgressLine, tickStorage } from './jobs';
import { STORAGE_PRESETS } from './presets';
import { storageShape } from './shape';
import { changeSetting, workload } from './workloads';

/**
 * A copy or a zeroing job still running, a boot storm whose VMs are still powering on, or
 * locking activity that esxtop's per-second rates (RESV/s, CONS/s) still count: time runs on
 * until those rates have fallen back to zero.
 */
function storageBusy(lab: LabState): boolean {
  const s = lab.storage;
  const settled = lab.clock.nowMs - INTERVAL_SECONDS * 1000;
  return s.jobs.some((job) => !job.mover.done)
    || (s.storms ?? []).some((storm) => stormOutcome(storm).finishedMs > settled)
    || (s.updates ?? []).some((update) => update.atMs > settled);
}

/** Block storage and VAAI: the shared array, VMFS datastores, the data mover's jobs, boot storms and the VAAI settings. */
export const storageKit: Kit = {
  ...storageShape,
  loaded: true,
  events: { 'storage-workload': workload, 'storage-setting': changeSetting },
  tick: tickStorage,
  busy: storageBusy,
  invariants: storageInvariants,
  presets: STORAGE_PRESETS,
  liveLine: jobProgressLine,
};
