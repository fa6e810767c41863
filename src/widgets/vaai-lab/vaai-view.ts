import type { LabState } from '#sim-core/core';
import { HW_INIT, HW_LOCKING, HW_MOVE, STORM, busyForMs, cloneSource, defaultDatastore, jobViews, storageOf, stormViews, vaaiSettings, ZERO_DISK_GB, type JobView, type StormView } from '#sim-core/storage';
import { VAAI_LAB_TEXT as T } from './strings';

const KB = 1024;
const MB = KB * KB;
const GB = MB * KB;

/** 10.0 GB, 512 MB, 64 KB, 0 B (binary units, as vmkfstools sizes are). */
export function formatBytes(bytes: number): string {
  if (bytes >= GB) return `${(bytes / GB).toFixed(1)} GB`;
  if (bytes >= MB) return `${Math.round(bytes / MB)} MB`;
  if (bytes > 0) return `${Math.max(1, Math.round(bytes / KB))} KB`;
  return '0 B';
}

export const formatSeconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

export interface SettingRow {
  /** Unique in the widget: `<primitive>-<host>`. */
  key: string;
  primitive: 'move' | 'init' | 'locking';
  host: string;
  setting: string;
  label: string;
  on: boolean;
  value: string;
}

const SETTING = { move: HW_MOVE, init: HW_INIT, locking: HW_LOCKING } as const;

function row(lab: LabState, primitive: SettingRow['primitive'], host: string): SettingRow {
  const on = vaaiSettings(lab, host)[primitive];
  return { key: `${primitive}-${host}`, primitive, host, setting: SETTING[primitive], label: T.toggle(T.primitives[primitive], host), on, value: T.value(on) };
}

/** The widget host's three settings; in a lab of several hosts, every other host's ATS too (ATS needs them all). */
export function settingRows(lab: LabState, host: string): SettingRow[] {
  const others = Object.keys(lab.hosts).filter((other) => other !== host).sort();
  return [row(lab, 'move', host), row(lab, 'init', host), row(lab, 'locking', host), ...others.map((other) => row(lab, 'locking', other))];
}

export interface ActionLabels {
  clone: string | null;
  zero: string;
  storm: string;
}

const folderOf = (path: string) => path.split('/')[0]!;

export function actionLabels(lab: LabState, host: string): ActionLabels {
  const ds = defaultDatastore(storageOf(lab), host);
  const source = ds ? cloneSource(ds) : null;
  const hosts = Object.keys(lab.hosts).length;
  return {
    clone: ds && source ? T.clone(folderOf(source.path), formatBytes(ds.files[source.path]!.sizeBytes)) : null,
    zero: T.zero(formatBytes(ZERO_DISK_GB * GB)),
    storm: T.storm(STORM.vmsPerHost * hosts, hosts),
  };
}

export interface JobRow {
  key: string;
  title: string;
  mode: JobView['mode'];
  modeText: string;
  percent: number;
  percentText: string;
  progressLabel: string;
  bytes: string;
  time: string;
  elapsedMs: number;
  done: boolean;
  /** The fallback reason, or a failed-part-way note; empty when the array did it all. */
  note: string;
}

const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

function titleOf(job: JobView): string {
  const what = job.kind === 'copy' && job.source
    ? T.cloneWhat(fileName(job.source.path), `${job.target.datastore}/${folderOf(job.target.path)}`)
    : T.zeroWhat(fileName(job.target.path), formatBytes(job.totalBytes));
  return T.jobTitle(job.id, what);
}

export function jobRow(job: JobView): JobRow {
  const title = titleOf(job);
  const note = job.reason ? T.fallback(job.reason) : job.offloadFailures > 0 ? T.failedPartWay(job.offloadFailures) : '';
  return {
    key: String(job.id),
    title,
    mode: job.mode,
    modeText: T.modes[job.mode],
    percent: job.percent,
    percentText: T.percent(job.percent),
    progressLabel: T.progress(title),
    bytes: T.bytes(formatBytes(job.hostIoBytes), formatBytes(job.offloadedBytes)),
    time: job.done ? T.took(formatSeconds(job.elapsedMs)) : T.running(formatSeconds(job.elapsedMs)),
    elapsedMs: job.elapsedMs,
    done: job.done,
    note,
  };
}

/** This host's jobs, newest first. */
export const jobRows = (lab: LabState, host: string): JobRow[] => jobViews(lab, host).map(jobRow).reverse();

function stormTotals(storm: StormView) {
  const sum = { resv: 0, cons: 0, ats: 0, atsf: 0 };
  for (const counts of Object.values(storm.totals)) for (const key of ['resv', 'cons', 'ats', 'atsf'] as const) sum[key] += counts[key];
  return sum;
}

/** The newest boot storm, line by line; empty before the first. */
export function stormLines(lab: LabState): string[] {
  const storm = stormViews(lab).at(-1);
  if (!storm) return [];
  const t = stormTotals(storm);
  return [
    T.stormLine(storm.id, storm.datastore, storm.poweredOn, storm.vmCount, formatSeconds(storm.elapsedMs), storm.done),
    T.meanWait(formatSeconds(storm.meanPowerOnMs)),
    storm.ats ? T.withAts : T.withoutAts(storm.reason ?? ''),
    T.totals(t.resv, t.cons, t.ats, t.atsf),
    T.consRate(storm.consPerSecond.toFixed(2)),
  ];
}

/**
 * What the status line announces: the start or end of this host's newest job or the lab's newest
 * storm, whichever began last. It changes only at those moments, never with every percent.
 */
export function announcement(lab: LabState, host: string): string {
  const job = jobViews(lab, host).at(-1);
  const storm = stormViews(lab).at(-1);
  if (storm && (!job || storm.startedMs >= job.startedMs)) return storm.done ? T.stormFinished(storm.id, formatSeconds(storm.elapsedMs)) : T.stormStarted(storm.id);
  if (!job) return '';
  const title = titleOf(job);
  return job.done ? T.finished(title, formatSeconds(job.elapsedMs), formatBytes(job.hostIoBytes)) : T.started(title);
}

/** How far the skip button moves the lab's clock: until every job and storm is done. */
export const skipMs = (lab: LabState): number => busyForMs(lab);
