/**
 * VMFS metadata updates outside boot storms: creating a disk (vmkfstools -c or -i, or the VAAI lab's
 * buttons) changes the datastore's metadata, so the host locks it first. Without ATS (the setting is 0
 * on that host, or the LUN lacks it) that is a SCSI reservation of the whole LUN (RESV); with ATS, one
 * compare-and-write on the lock record (ATS). Only the host's own counters move: outside a boot storm
 * the lab has no other host's I/O running into the reservation (boot-storm.ts models that).
 */
import type { LabState } from '../lab/types';
import type { LockCounters, MetadataOpKind } from './locking';
import { HW_LOCKING } from './settings';
import { lunById, recordStatus, settingsOf } from './state';
import type { LabStorage } from './types';

/** Updates remembered, for esxtop and the locking chart. */
export const KEEP_UPDATES = 32;

export function recordMetadataUpdate(lab: LabState, s: LabStorage, host: string, lunId: string, kind: MetadataOpKind): LabStorage {
  const lun = lunById(s, lunId);
  if (!lun) return s;
  const asks = settingsOf(lab.hosts[host])[HW_LOCKING] === 1;
  const update = { host, kind, lun: lunId, atMs: lab.clock.nowMs, ats: asks && lun.vaai.ats };
  const next: LabStorage = { ...s, updates: [...(s.updates ?? []), update].slice(-KEEP_UPDATES) };
  // Asking the array for ATS tells the host whether the device does VAAI, as a boot storm's power-ons do.
  return asks ? recordStatus(next, lunId, host, lun.vaai.ats ? 'supported' : 'not supported') : next;
}

/** One host's reservations and ATS commands for metadata updates on `lun` in lab seconds [from, to). */
export function updateCounts(s: LabStorage | undefined, host: string, lun: string, fromSecond: number, toSecond: number): LockCounters {
  const sum = { resv: 0, cons: 0, ats: 0, atsf: 0 };
  for (const update of s?.updates ?? []) {
    const second = Math.floor(update.atMs / 1000);
    if (update.host !== host || update.lun !== lun || second < fromSecond || second >= toSecond) continue;
    if (update.ats) sum.ats += 1;
    else sum.resv += 1;
  }
  return sum;
}
