/** Clone and zeroing jobs: planned with the data mover, advanced on the lab's virtual clock. */
import type { LabState, LiveText } from '../lab/types';
import { STORAGE_TEXT } from '../messages/storage';
import { DEFAULT_MOVER_RATES, advanceCopy, advanceZero, planCopy, planZero, type DiskEnd, type MoverJob, type MoverRates } from './data-mover';
import { HW_INIT, HW_MOVE } from './settings';
import { recordMetadataUpdate } from './metadata';
import { datastoreByName, fileOf, lunById, lunOf, recordStatus, settingsOf, storageOf, withFile, withStorage } from './state';
import type { DiskType, FileRef, LabStorage, Lun, StorageJob, VaaiStatus } from './types';

/** Finished jobs kept for esxtop, the widget and goals. */
export const KEEP_FINISHED = 8;

const throughputOf = (lun: Lun) => lun.throughput ?? { copyMBps: DEFAULT_MOVER_RATES.arrayCopyMBps, zeroMBps: DEFAULT_MOVER_RATES.arrayZeroMBps };

/** A copy runs at the slower LUN's speed inside the array; through the host, at the host path's or the LUNs', whichever is slower. */
export function copyRates(src: Lun, dst: Lun): MoverRates {
  const copy = Math.min(throughputOf(src).copyMBps, throughputOf(dst).copyMBps);
  return { ...DEFAULT_MOVER_RATES, arrayCopyMBps: copy, hostCopyMBps: Math.min(DEFAULT_MOVER_RATES.hostCopyMBps, copy) };
}

export function zeroRates(lun: Lun): MoverRates {
  const zero = throughputOf(lun).zeroMBps;
  return { ...DEFAULT_MOVER_RATES, arrayZeroMBps: zero, hostZeroMBps: Math.min(DEFAULT_MOVER_RATES.hostZeroMBps, zero) };
}

/** The rates a job runs at (a job from a lab saved before LUNs had a throughput: the defaults). */
export const jobRates = (job: StorageJob): MoverRates => job.rates ?? DEFAULT_MOVER_RATES;

/** The job's mover after `ms` more of virtual time. */
export const advanceJob = (job: StorageJob, ms: number): MoverJob =>
  (job.mover.kind === 'copy' ? advanceCopy : advanceZero)(job.mover, ms, jobRates(job));

function endOf(s: LabStorage, ref: FileRef, primitive: 'clone' | 'zero'): DiskEnd {
  const ds = datastoreByName(s, ref.datastore)!;
  const lun = lunOf(s, ds);
  return { array: lun.array, lun: lun.id, vmfsBlockSizeMB: ds.blockSizeMB, supportsOffload: lun.vaai[primitive] };
}

/**
 * The host tried an offload when the setting was on and nothing else ruled it out before asking
 * the array; the answer (offloaded, or refused because the LUN lacks the primitive) sets VAAI Status.
 */
function vaaiAfter(mover: MoverJob, enabled: boolean, lunSupports: boolean): VaaiStatus | null {
  if (mover.mode !== 'software') return 'supported';
  if (enabled && !lunSupports) return 'not supported';
  return null;
}

export { recordStatus } from './state';

function addJob(lab: LabState, s: LabStorage, job: Omit<StorageJob, 'id'>): { lab: LabState; job: StorageJob } {
  const full: StorageJob = { id: s.nextJobId, ...job };
  return { lab: withStorage(lab, { ...s, jobs: [...s.jobs, full], nextJobId: s.nextJobId + 1 }), job: full };
}

export function startClone(lab: LabState, host: string, source: FileRef, target: FileRef, type: DiskType): { lab: LabState; job: StorageJob } {
  let s = storageOf(lab)!;
  const file = fileOf(s, source)!;
  const settings = settingsOf(lab.hosts[host]);
  const src = endOf(s, source, 'clone');
  const dst = endOf(s, target, 'clone');
  const mover = planCopy({ sizeBytes: file.sizeBytes, source: { ...src, hasSnapshots: file.hasSnapshots }, destination: dst, settings });
  const status = vaaiAfter(mover, settings[HW_MOVE] === 1, src.supportsOffload && dst.supportsOffload);
  s = recordStatus(recordStatus(s, src.lun, host, status), dst.lun, host, status);
  s = recordMetadataUpdate(lab, withFile(s, target, { sizeBytes: file.sizeBytes, type, hasSnapshots: false, complete: mover.done }), host, dst.lun, 'create');
  const rates = copyRates(lunById(s, src.lun)!, lunById(s, dst.lun)!);
  return addJob(lab, s, { host, startedMs: lab.clock.nowMs, finishedMs: mover.done ? lab.clock.nowMs : null, source, target, mover, rates });
}

export function startZero(lab: LabState, host: string, target: FileRef, sizeBytes: number): { lab: LabState; job: StorageJob } {
  let s = storageOf(lab)!;
  const settings = settingsOf(lab.hosts[host]);
  const end = endOf(s, target, 'zero');
  const mover = planZero({ sizeBytes, target: end, settings });
  s = recordStatus(s, end.lun, host, vaaiAfter(mover, settings[HW_INIT] === 1, end.supportsOffload));
  s = recordMetadataUpdate(lab, withFile(s, target, { sizeBytes, type: 'eagerzeroedthick', hasSnapshots: false, complete: mover.done }), host, end.lun, 'create');
  const rates = zeroRates(lunById(s, end.lun)!);
  return addJob(lab, s, { host, startedMs: lab.clock.nowMs, finishedMs: mover.done ? lab.clock.nowMs : null, source: null, target, mover, rates });
}

/** Every running job moves on by `ms`; a job that finishes marks its file complete. */
export function tickStorage(lab: LabState, ms: number): LabState {
  const s = lab.storage;
  if (!s || !s.jobs.some((job) => !job.mover.done)) return lab;
  let next: LabStorage = s;
  const jobs = s.jobs.map((job) => {
    if (job.mover.done) return job;
    const mover = advanceJob(job, ms);
    if (!mover.done) return { ...job, mover };
    const file = fileOf(next, job.target);
    if (file) next = withFile(next, job.target, { ...file, complete: true });
    // Jobs advance from their start, so the mover's elapsed time places the end inside this tick.
    return { ...job, mover, finishedMs: job.startedMs + mover.progress.elapsedMs };
  });
  const running = jobs.filter((job) => !job.mover.done);
  const finished = jobs.filter((job) => job.mover.done).slice(-KEEP_FINISHED);
  const kept = jobs.filter((job) => running.includes(job) || finished.includes(job));
  return withStorage(lab, { ...next, jobs: kept });
}

export const percentDone = (job: StorageJob): number =>
  job.mover.totalBytes === 0 ? 100 : Math.floor((job.mover.counters.bytesDone * 100) / job.mover.totalBytes);

/** vmkfstools' verb for a job: a clone, or the zeroing of a new eagerzeroedthick disk. */
export const jobVerb = (job: StorageJob): 'Clone' | 'Create' => (job.mover.kind === 'copy' ? 'Clone' : 'Create');

/** vmkfstools' progress line for a job (`Clone: 37% done.`), redrawn in place until the job is done. */
export function jobProgressLine(lab: LabState, id: number): LiveText | undefined {
  const job = lab.storage.jobs.find((known) => known.id === id);
  return job && { text: STORAGE_TEXT.progress(jobVerb(job), percentDone(job)), done: job.mover.done };
}
