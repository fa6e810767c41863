/**
 * Read-only views of the storage kit's state for widgets (the VAAI lab, the counters) and goals.
 * Plain data derived from the lab at its current time; nothing here changes the lab.
 */
import type { LabState } from '../lab/types';
import { stormCounts, stormOutcome } from './boot-storm';
import { INTERVAL_SECONDS } from './counters';
import { advanceJob, percentDone } from './jobs';
import type { LockCounters } from './locking';
import { HW_INIT, HW_LOCKING, HW_MOVE, MAX_HW_TRANSFER } from './settings';
import { datastoreByName, settingsOf, storageOf } from './state';
import type { BootStorm, FileRef, LabStorage, StorageJob } from './types';

export interface VaaiSettingsView {
  /** Full copy (XCOPY): /DataMover/HardwareAcceleratedMove. */
  move: boolean;
  /** Block zeroing (WRITE SAME): /DataMover/HardwareAcceleratedInit. */
  init: boolean;
  /** ATS locking: /VMFS3/HardwareAcceleratedLocking. */
  locking: boolean;
  maxTransferKB: number;
}

export function vaaiSettings(lab: LabState, host: string): VaaiSettingsView {
  const s = settingsOf(lab.hosts[host]);
  return { move: s[HW_MOVE] === 1, init: s[HW_INIT] === 1, locking: s[HW_LOCKING] === 1, maxTransferKB: s[MAX_HW_TRANSFER] };
}

export interface JobView {
  id: number;
  host: string;
  kind: 'copy' | 'zero';
  mode: 'xcopy' | 'write-same' | 'software';
  source: FileRef | null;
  target: FileRef;
  percent: number;
  totalBytes: number;
  bytesDone: number;
  /** Bytes the host moved itself (the software mover); hostBytes + offloadedBytes = bytesDone. */
  hostBytes: number;
  /** Bytes that crossed the host's HBA: a software copy reads and writes each byte, zeroing only writes. */
  hostIoBytes: number;
  /** Bytes moved inside the array (XCOPY or WRITE SAME). */
  offloadedBytes: number;
  /** Offload commands that failed, after which the software mover carried on. */
  offloadFailures: number;
  startedMs: number;
  /** Time taken so far, or in all once done. */
  elapsedMs: number;
  done: boolean;
  /** Why the array did not do the work (software fallback), null when it did. */
  reason: string | null;
}

export function jobView(job: StorageJob, s: LabStorage): JobView {
  const { counters, progress } = job.mover;
  // A reader knows a datastore by its name; the lab keeps its uuid (every host has a datastore1).
  const named = (ref: FileRef): FileRef => ({ datastore: datastoreByName(s, ref.datastore)?.name ?? ref.datastore, path: ref.path });
  return {
    id: job.id,
    host: job.host,
    kind: job.mover.kind,
    mode: job.mover.mode,
    source: job.source && named(job.source),
    target: named(job.target),
    percent: percentDone(job),
    totalBytes: job.mover.totalBytes,
    bytesDone: counters.bytesDone,
    hostBytes: progress.softwareBytes,
    hostIoBytes: counters.hostBytesRead + counters.hostBytesWritten,
    offloadedBytes: counters.arrayBytes,
    offloadFailures: counters.offloadFailures,
    startedMs: job.startedMs,
    elapsedMs: progress.elapsedMs,
    done: job.mover.done,
    reason: job.mover.reason,
  };
}

/** Every job the lab remembers (running and the newest finished), oldest first; one host's when given. */
export function jobViews(lab: LabState, host?: string): JobView[] {
  const s = storageOf(lab);
  return s.jobs.filter((job) => host === undefined || job.host === host).map((job) => jobView(job, s));
}

export interface StormView {
  id: number;
  datastore: string;
  lun: string;
  /** VMs asked for, per host. */
  vms: Record<string, number>;
  vmCount: number;
  poweredOn: number;
  startedMs: number;
  finishedMs: number;
  /** Time taken so far, or in all once done. */
  elapsedMs: number;
  /** Mean wait from asking for a power-on to its metadata update finishing, over the VMs already on. */
  meanPowerOnMs: number;
  done: boolean;
  ats: boolean;
  /** Why the hosts used SCSI reservations; null with ATS. */
  reason: string | null;
  /** Per host, counts so far (reservations, conflicts, ATS, ATSF; the current lab second in full). */
  totals: Record<string, LockCounters>;
  /** This storm's reservation conflicts per second over esxtop's interval (the last 5 ended seconds), all hosts together. */
  consPerSecond: number;
}

export function stormView(lab: LabState, storm: BootStorm): StormView {
  const outcome = stormOutcome(storm);
  const now = lab.clock.nowMs;
  const on = outcome.vms.filter((vm) => vm.poweredOnMs <= now);
  const waits = on.reduce((sum, vm) => sum + (vm.poweredOnMs - vm.requestedMs), 0);
  const done = now >= outcome.finishedMs;
  const second = Math.floor(now / 1000);
  return {
    id: storm.id,
    datastore: storm.datastore,
    lun: storm.lun,
    vms: storm.vms,
    vmCount: outcome.vms.length,
    poweredOn: on.length,
    startedMs: storm.startedMs,
    finishedMs: outcome.finishedMs,
    elapsedMs: Math.max(0, Math.min(now, outcome.finishedMs) - storm.startedMs),
    meanPowerOnMs: on.length === 0 ? 0 : Math.round(waits / on.length),
    done,
    ats: storm.ats,
    reason: storm.reason,
    totals: Object.fromEntries(Object.keys(outcome.report.hosts).map((host) => [host, stormCounts(storm, host, -Infinity, Math.floor(now / 1000) + 1)])),
    consPerSecond: Object.keys(outcome.report.hosts).reduce((sum, host) => sum + stormCounts(storm, host, second - INTERVAL_SECONDS, second).cons, 0) / INTERVAL_SECONDS,
  };
}

/** Every boot storm the lab remembers, oldest first. */
export function stormViews(lab: LabState): StormView[] {
  return (storageOf(lab).storms ?? []).map((storm) => stormView(lab, storm));
}

/** Further than any job or storm in this lab can run: advancing this far finishes every one. */
const FAR_MS = 1e12;

/** Lab ms until a running job finishes (0 once done), at the job's rates. */
export function jobRemainingMs(job: StorageJob): number {
  if (job.mover.done) return 0;
  const end = advanceJob(job, FAR_MS);
  return Math.max(0, end.progress.elapsedMs - job.mover.progress.elapsedMs);
}

/** Lab ms until every job of the lab and every boot storm has finished: 0 when the lab is idle. */
export function busyForMs(lab: LabState): number {
  const s = storageOf(lab);
  if (!s) return 0;
  const jobs = s.jobs.map(jobRemainingMs);
  const storms = (s.storms ?? []).map((storm) => stormOutcome(storm).finishedMs - lab.clock.nowMs);
  return Math.max(0, ...jobs, ...storms);
}
