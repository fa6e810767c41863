/** `esxtop -b -n 1`: one snapshot of the disk-device VAAI and reservation counters (a table, not the real CSV). */
import { STORAGE_TEXT as T } from '../../messages/storage';
import { fail, lines, ok, type CommandSpec } from '../../shell/types';
import { stormView } from '../view';
import { COLUMNS, deviceCounters } from '../counters';
import { percentDone } from '../jobs';
import { deviceName, lunsOf, pathOfRef, storageOf } from '../state';

export { COLUMNS } from '../counters';

/** Rates print with two decimals as esxtop does; counts as integers. */
const cell = (column: string, value: number) => (column.endsWith('/s') ? value.toFixed(2) : String(value)).padStart(9);

export const esxtop: CommandSpec = {
  name: 'esxtop',
  summary: 'resource counters (one batch snapshot of the VAAI disk counters in this lab)',
  help: T.esxtopUsage,
  run: ({ lab, hostId, argv }) => {
    if (argv.slice(1).join(' ') !== '-b -n 1') return fail(`${T.esxtopUsage}\n`);
    const s = storageOf(lab);
    const counters = deviceCounters(lab, hostId);
    const table = [
      ['DEVICE'.padEnd(38), ...COLUMNS.map((c) => c.padStart(9))].join(' '),
      ...lunsOf(s, hostId).map((lun) => [deviceName(lun).padEnd(38), ...COLUMNS.map((c) => cell(c, counters[lun.id]![c]))].join(' ')),
    ];
    const jobs = s.jobs.filter((job) => job.host === hostId && !job.mover.done).map((job) => T.jobLine(job.id, job.mover.kind, pathOfRef(s, job.target).replace('/vmfs/volumes/', ''), percentDone(job), job.mover.mode));
    const storms = (s.storms ?? []).map((storm) => stormView(lab, storm)).filter((view) => !view.done && view.vms[hostId] !== undefined);
    const stormLines = storms.map((view) => T.stormLine(view.id, view.datastore, view.poweredOn, view.vmCount, view.ats));
    return ok(lines([...table, ...jobs, ...stormLines]));
  },
};
