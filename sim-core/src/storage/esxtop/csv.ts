/**
 * `esxtop -b`: perfmon CSV (esxi-facts.md, "esxtop"): the first cell `(PDH-CSV 4.0) (UTC)(0)`, then
 * one `\\host\Object(instance)\Counter` column per counter; each row a sample, its first cell the
 * time as `MM/DD/YYYY HH:MM:SS`. Every cell is quoted. The lab writes the disk devices' VAAI and
 * reservation counters only; the object name `Physical Disk SCSI Device` and counter names equal
 * to esxtop's column names are the lab's [guess].
 */
import type { LabState } from '../../lab/types';
import { toCivil } from '../../time/clock';
import { deviceCounters } from '../counters';
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

/** The header and `samples` rows, every one taken at the lab's current moment. */
export function esxtopCsv(lab: LabState, hostId: string, samples: number): string[] {
  const host = lab.hosts[hostId]!;
  const luns = lunsOf(storageOf(lab), hostId);
  // The host's short name, as esxtop writes it in every counter path.
  const name = host.hostname.split('.')[0]!;
  const header = [CSV_FIRST_CELL, ...luns.flatMap((lun) => ALL_DISK_COLUMNS.map((column) => `\\\\${name}\\${OBJECT}(${deviceName(lun)})\\${column}`))];
  const counters = deviceCounters(lab, hostId);
  const row = [csvTime(lab.clock.nowMs), ...luns.flatMap((lun) => ALL_DISK_COLUMNS.map((column) => (column.endsWith('/s') ? counters[lun.id]![column].toFixed(2) : String(counters[lun.id]![column]))))];
  return [quoted(header), ...Array.from({ length: samples }, () => quoted(row))];
}
