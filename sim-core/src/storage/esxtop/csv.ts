/**
 * `esxtop -b`: perfmon CSV (esxi-facts.md, "esxtop"): the first cell `(PDH-CSV 4.0) (UTC)(0)`, then
 * one `\\host\Object(instance)\Counter` column per counter; each row a sample, its first cell the
 * time as `MM/DD/YYYY HH:MM:SS`. Samples are `delay` seconds apart from the lab's current moment:
 * the command runs that long (its CommandResult.takesMs moves the lab on). The storage counters
 * depend on the storage kit's state alone, so its own tick projects each later sample. Every cell is quoted. The lab writes the disk devices' VAAI and
 * reservation counters only; the object name `Physical Disk SCSI Device` and counter names equal
 * to esxtop's column names are the lab's [guess].
 */
import type { LabState } from '../../lab/types';
import { toCivil } from '../../time/clock';
import { deviceCounters } from '../counters';
import { tickStorage } from '../jobs';
import { deviceName, storageOf } from '../state';
import { lunsOf } from '../visible';
import { ALL_DISK_COLUMNS } from './fields';

export const CSV_FIRST_CELL = '(PDH-CSV 4.0) (UTC)(0)';
const OBJECT = 'Physical Disk SCSI Device';

const quoted = (cells: readonly string[]) => cells.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',');
const pad2 = (n: number) => String(n).padStart(2, '0');

/** `05/15/2017 06:49:37`. */
export function csvTime(ms: number): string {
  const t = toCivil(ms);
  return `${pad2(t.month)}/${pad2(t.day)}/${t.year} ${pad2(t.hour)}:${pad2(t.minute)}:${pad2(t.second)}`;
}

/** The lab as the storage counters will see it `ms` later. */
const projected = (lab: LabState, ms: number): LabState => (ms === 0 ? lab : { ...tickStorage(lab, ms), clock: { nowMs: lab.clock.nowMs + ms } });

function sampleRow(lab: LabState, hostId: string): string[] {
  const counters = deviceCounters(lab, hostId);
  const values = lunsOf(storageOf(lab), hostId).flatMap((lun) => ALL_DISK_COLUMNS.map((column) => (column.endsWith('/s') ? counters[lun.id]![column].toFixed(2) : String(counters[lun.id]![column]))));
  return [csvTime(lab.clock.nowMs), ...values];
}

/** The header and `samples` rows, `delaySeconds` apart, the first at the lab's current moment. */
export function esxtopCsv(lab: LabState, hostId: string, samples: number, delaySeconds: number): string[] {
  const host = lab.hosts[hostId]!;
  const luns = lunsOf(storageOf(lab), hostId);
  // The host's short name, as esxtop writes it in every counter path.
  const name = host.hostname.split('.')[0]!;
  const header = [CSV_FIRST_CELL, ...luns.flatMap((lun) => ALL_DISK_COLUMNS.map((column) => `\\\\${name}\\${OBJECT}(${deviceName(lun)})\\${column}`))];
  const rows = Array.from({ length: samples }, (_, k) => quoted(sampleRow(projected(lab, k * delaySeconds * 1000), hostId)));
  return [quoted(header), ...rows];
}
