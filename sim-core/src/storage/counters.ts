/**
 * esxtop's disk-device VAAI and reservation counters, per host and device, derived from what the
 * lab remembers: data-mover jobs (CLONE_RD ... MBZERO/s), boot storms (ATS, ATSF, RESV/s, CONS/s) and
 * single metadata updates such as a disk created (ATS or RESV/s, metadata.ts).
 * Counts (CLONE_RD, ATS, ...) are cumulative; columns ending in /s are rates over the last interval.
 */
import type { LabState } from '../lab/types';
import { stormCounts } from './boot-storm';
import { jobRates } from './jobs';
import { updateCounts } from './metadata';
import { datastoreByName, lunsOf, storageOf } from './state';
import type { LabStorage } from './types';

export const COLUMNS = ['CLONE_RD', 'CLONE_WR', 'CLONE_F', 'ATS', 'ATSF', 'ZERO', 'ZERO_F', 'MBC_RD/s', 'MBC_WR/s', 'MBZERO/s', 'RESV/s', 'CONS/s'] as const;
export type Column = (typeof COLUMNS)[number];
export type DeviceCounters = Record<Column, number>;

/** esxtop's default refresh delay: the rates cover the last 5 whole seconds of the lab clock. */
export const INTERVAL_SECONDS = 5;
/** How far back the per-second history goes. */
export const HISTORY_SECONDS = 60;

const lunOfRef = (s: LabStorage, datastore: string) => datastoreByName(s, datastore)?.lun;
const zero = (): DeviceCounters => Object.fromEntries(COLUMNS.map((c) => [c, 0])) as DeviceCounters;

/** The last whole lab second that has ended, plus one (an exclusive bound). */
const endSecond = (nowMs: number) => Math.floor(nowMs / 1000);

/** One host's view of every device it sees (its local disk, the array's LUNs), by device id, at the lab's current time. */
export function deviceCounters(lab: LabState, host: string): Record<string, DeviceCounters> {
  const s = storageOf(lab);
  const rows = Object.fromEntries(lunsOf(s, host).map((lun) => [lun.id, zero()]));
  const add = (lun: string | undefined, column: Column, n: number) => {
    if (lun && rows[lun]) rows[lun][column] += n;
  };
  for (const job of s.jobs.filter((j) => j.host === host)) {
    const { counters, progress } = job.mover;
    const offloading = !job.mover.done && progress.phase === 'offload';
    const dst = lunOfRef(s, job.target.datastore);
    if (job.mover.kind === 'copy') {
      const src = job.source ? lunOfRef(s, job.source.datastore) : undefined;
      add(src, 'CLONE_RD', counters.offloadCommands);
      add(dst, 'CLONE_WR', counters.offloadCommands);
      add(src, 'CLONE_F', counters.offloadFailures);
      if (offloading) add(src, 'MBC_RD/s', jobRates(job).arrayCopyMBps), add(dst, 'MBC_WR/s', jobRates(job).arrayCopyMBps);
    } else {
      add(dst, 'ZERO', counters.offloadCommands);
      add(dst, 'ZERO_F', counters.offloadFailures);
      if (offloading) add(dst, 'MBZERO/s', jobRates(job).arrayZeroMBps);
    }
  }
  const now = endSecond(lab.clock.nowMs);
  for (const storm of s.storms ?? []) {
    // ATS and ATSF count every command issued so far, the current second's included.
    const sofar = stormCounts(storm, host, -Infinity, now + 1);
    const recent = stormCounts(storm, host, now - INTERVAL_SECONDS, now);
    add(storm.lun, 'ATS', sofar.ats);
    add(storm.lun, 'ATSF', sofar.atsf);
    add(storm.lun, 'RESV/s', recent.resv / INTERVAL_SECONDS);
    add(storm.lun, 'CONS/s', recent.cons / INTERVAL_SECONDS);
  }
  for (const lun of lunsOf(s, host)) {
    const sofar = updateCounts(s, host, lun.id, -Infinity, now + 1);
    // A single update has fully happened by the time it is counted, so its own second is in the window.
    const recent = updateCounts(s, host, lun.id, now + 1 - INTERVAL_SECONDS, now + 1);
    add(lun.id, 'ATS', sofar.ats);
    add(lun.id, 'RESV/s', recent.resv / INTERVAL_SECONDS);
  }
  return rows;
}

export interface LockSample {
  /** Start of the lab second, in lab ms. */
  atMs: number;
  resv: number;
  cons: number;
  ats: number;
  atsf: number;
}

/**
 * Per whole second, oldest first: what `host` did on `lun` in each of the last `seconds` ended
 * lab seconds (reservations taken, conflicts met, ATS commands and miscompares). For charts.
 */
export function lockHistory(lab: LabState, host: string, lun: string, seconds = HISTORY_SECONDS): LockSample[] {
  const s = storageOf(lab);
  const storms = (s.storms ?? []).filter((storm) => storm.lun === lun);
  const end = endSecond(lab.clock.nowMs);
  const samples: LockSample[] = [];
  for (let second = end - Math.max(0, Math.floor(seconds)); second < end; second++) {
    const sample = { atMs: second * 1000, resv: 0, cons: 0, ats: 0, atsf: 0 };
    for (const c of [...storms.map((storm) => stormCounts(storm, host, second, second + 1)), updateCounts(s, host, lun, second, second + 1)]) {
      sample.resv += c.resv;
      sample.cons += c.cons;
      sample.ats += c.ats;
      sample.atsf += c.atsf;
    }
    samples.push(sample);
  }
  return samples;
}
