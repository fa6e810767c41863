/** `esxtop -b -n 1`: one snapshot of the disk-device VAAI counters (a table, not the real CSV). */
import { STORAGE_TEXT as T } from '../../messages/storage';
import { fail, lines, ok, type CommandSpec } from '../../shell/types';
import { DEFAULT_ARRAY_COPY_MBPS, DEFAULT_ARRAY_ZERO_MBPS } from '../data-mover';
import { percentDone } from '../jobs';
import { datastoreByName, storageOf } from '../state';
import type { LabStorage, StorageJob } from '../types';

export const COLUMNS = ['CLONE_RD', 'CLONE_WR', 'CLONE_F', 'ATS', 'ATSF', 'ZERO', 'ZERO_F', 'MBC_RD/s', 'MBC_WR/s', 'MBZERO/s', 'RESV/s', 'CONS/s'] as const;
type Column = (typeof COLUMNS)[number];

const lunOfRef = (s: LabStorage, datastore: string) => datastoreByName(s, datastore)?.lun;

/** Counters since the jobs the lab remembers, for one host's view of each device. */
export function deviceCounters(s: LabStorage, host: string): Record<string, Record<Column, number>> {
  const rows = Object.fromEntries(s.luns.map((lun) => [lun.id, Object.fromEntries(COLUMNS.map((c) => [c, 0])) as Record<Column, number>]));
  const add = (lun: string | undefined, column: Column, n: number) => {
    if (lun && rows[lun]) rows[lun][column] += n;
  };
  for (const job of s.jobs.filter((j: StorageJob) => j.host === host)) {
    const { counters, progress } = job.mover;
    const offloading = !job.mover.done && progress.phase === 'offload';
    const dst = lunOfRef(s, job.target.datastore);
    if (job.mover.kind === 'copy') {
      const src = job.source ? lunOfRef(s, job.source.datastore) : undefined;
      add(src, 'CLONE_RD', counters.offloadCommands);
      add(dst, 'CLONE_WR', counters.offloadCommands);
      add(src, 'CLONE_F', counters.offloadFailures);
      if (offloading) add(src, 'MBC_RD/s', DEFAULT_ARRAY_COPY_MBPS), add(dst, 'MBC_WR/s', DEFAULT_ARRAY_COPY_MBPS);
    } else {
      add(dst, 'ZERO', counters.offloadCommands);
      add(dst, 'ZERO_F', counters.offloadFailures);
      if (offloading) add(dst, 'MBZERO/s', DEFAULT_ARRAY_ZERO_MBPS);
    }
  }
  return rows;
}

export const esxtop: CommandSpec = {
  name: 'esxtop',
  summary: 'resource counters (one batch snapshot of the VAAI disk counters in this lab)',
  help: T.esxtopUsage,
  run: ({ lab, hostId, argv }) => {
    if (argv.slice(1).join(' ') !== '-b -n 1') return fail(`${T.esxtopUsage}\n`);
    const s = storageOf(lab);
    if (!s) return ok(`${T.noStorage}\n`);
    const counters = deviceCounters(s, hostId);
    const table = [
      ['DEVICE'.padEnd(38), ...COLUMNS.map((c) => c.padStart(9))].join(' '),
      ...s.luns.map((lun) => [lun.id.padEnd(38), ...COLUMNS.map((c) => String(counters[lun.id]![c]).padStart(9))].join(' ')),
    ];
    const jobs = s.jobs.filter((job) => job.host === hostId && !job.mover.done).map((job) => `(lab) job ${job.id}: ${job.mover.kind} ${job.target.datastore}/${job.target.path} ${percentDone(job)}% done (${job.mover.mode})`);
    return ok(lines([...table, ...jobs]));
  },
};
